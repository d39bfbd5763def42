package dev.cadenza.theory;

import static dev.cadenza.theory.ChordType.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words and symbol suffixes people write for each chord type, normalised for lookup. */
final class ChordVocabulary {
  private static final Map<String, ChordType> SYMBOLS = new HashMap<>();
  private static final Map<String, ChordType> NAMES = new HashMap<>();
  /** At most six alterations (b5 #5 b9 #9 #11 b13); the bound keeps the regex stack shallow on long input. */
  private static final Pattern ALTERED_SUFFIX =
      Pattern.compile("(7|9|13|maj7)((?:[b#](?:5|9|11|13)){1,6})");
  private static final Pattern ALTERATION = Pattern.compile("([b#])(5|9|11|13)");
  private static final String[][] NUMBER_WORDS = {
    {"second", "2"}, {"fourth", "4"}, {"fifth", "5"}, {"five", "5"}, {"sixth", "6"}, {"six", "6"},
    {"seventh", "7"}, {"seven", "7"}, {"ninth", "9"}, {"nine", "9"}, {"eleventh", "11"}, {"eleven", "11"},
    {"thirteenth", "13"}, {"thirteen", "13"}
  };

  static {
    symbols(MAJOR, "", "M", "maj", "major");
    symbols(MINOR, "m", "min", "-", "mi", "minor");
    symbols(AUGMENTED, "aug", "+", "+5", "#5", "aug5");
    symbols(DIMINISHED, "dim", "o", "mb5");
    symbols(SUSPENDED_SECOND, "sus2");
    symbols(SUSPENDED_FOURTH, "sus4", "sus");
    symbols(MAJOR_SIXTH, "6", "M6", "maj6", "add6");
    symbols(MINOR_SIXTH, "m6", "min6", "-6");
    symbols(SIX_NINE, "6/9", "69", "6add9");
    symbols(ADDED_NINTH, "add9", "add2");
    symbols(MINOR_ADDED_NINTH, "madd9", "minadd9", "-add9");
    symbols(ADDED_ELEVENTH, "add11");
    symbols(MINOR_ADDED_ELEVENTH, "madd11", "minadd11", "-add11");
    symbols(DOMINANT_SEVENTH, "7", "dom7");
    symbols(MAJOR_SEVENTH, "maj7", "M7", "ma7");
    symbols(MINOR_SEVENTH, "m7", "min7", "-7", "mi7");
    symbols(MINOR_MAJOR_SEVENTH, "mmaj7", "mM7", "minmaj7", "-maj7", "m/maj7");
    symbols(HALF_DIMINISHED_SEVENTH, "m7b5", "min7b5", "-7b5", "m7-5");
    symbols(DIMINISHED_SEVENTH, "dim7", "o7");
    symbols(DIMINISHED_MAJOR_SEVENTH, "dimmaj7", "dimM7", "omaj7", "oM7");
    symbols(AUGMENTED_SEVENTH, "aug7", "+7", "7#5", "7+5", "7+", "7aug5");
    symbols(AUGMENTED_MAJOR_SEVENTH, "augmaj7", "+maj7", "maj7#5", "maj7+5", "+M7", "M7#5", "augM7");
    symbols(DOMINANT_SEVENTH_FLAT_FIVE, "7b5", "7-5");
    symbols(DOMINANT_SEVENTH_SUSPENDED_FOURTH, "7sus4", "7sus");
    symbols(DOMINANT_NINTH, "9", "dom9");
    symbols(MAJOR_NINTH, "maj9", "M9");
    symbols(MINOR_NINTH, "m9", "min9", "-9");
    symbols(MINOR_MAJOR_NINTH, "mmaj9", "mM9", "-maj9");
    symbols(DIMINISHED_MAJOR_NINTH, "dimmaj9", "dimM9", "omaj9");
    symbols(HALF_DIMINISHED_NINTH, "m9b5", "min9b5", "-9b5");
    symbols(DOMINANT_ELEVENTH, "11", "dom11");
    symbols(MAJOR_ELEVENTH, "maj11", "M11");
    symbols(MINOR_ELEVENTH, "m11", "min11", "-11");
    symbols(DOMINANT_THIRTEENTH, "13", "dom13");
    symbols(MAJOR_THIRTEENTH, "maj13", "M13");
    symbols(MINOR_THIRTEENTH, "m13", "min13", "-13");
    symbols(ALTERED, "alt", "7alt");
    for (ChordType type : ChordType.values()) {
      symbols(type, type.symbol());
      names(type, type.displayName());
      if (type.displayName().startsWith("dominant ")) {
        names(type, type.displayName().substring("dominant ".length()));
      }
    }
    names(MAJOR, "major", "");
    names(MINOR, "minor");
    names(AUGMENTED, "augmented");
    names(DIMINISHED, "diminished");
    names(SUSPENDED_SECOND, "suspended 2");
    names(SUSPENDED_FOURTH, "suspended 4", "suspended");
    names(MAJOR_SIXTH, "sixth", "added sixth", "major added sixth");
    names(MINOR_SIXTH, "minor added sixth");
    names(SIX_NINE, "six nine", "major six nine", "sixth added ninth");
    names(ADDED_NINTH, "add nine", "major added ninth");
    names(MINOR_ADDED_NINTH, "minor add nine");
    names(ADDED_ELEVENTH, "add eleven", "major added eleventh");
    names(MINOR_ADDED_ELEVENTH, "minor add eleven");
    names(DOMINANT_SEVENTH, "major minor seventh");
    names(MAJOR_SEVENTH, "major major seventh");
    names(MINOR_SEVENTH, "minor minor seventh");
    names(MINOR_MAJOR_SEVENTH, "minor major seventh");
    names(HALF_DIMINISHED_SEVENTH, "half diminished", "minor seventh flat five");
    names(DIMINISHED_SEVENTH, "fully diminished seventh", "diminished diminished seventh");
    names(AUGMENTED_SEVENTH, "augmented minor seventh", "dominant seventh sharp five", "seventh sharp five");
    names(AUGMENTED_MAJOR_SEVENTH, "major seventh sharp five");
    names(ALTERED, "altered", "altered dominant", "altered seventh", "dominant seventh altered");
  }

  private ChordVocabulary() {}

  private static void symbols(ChordType type, String... suffixes) {
    for (String s : suffixes) {
      SYMBOLS.putIfAbsent(normaliseSymbol(s), type);
    }
  }

  private static void names(ChordType type, String... names) {
    for (String n : names) {
      NAMES.putIfAbsent(normaliseName(n), type);
    }
  }

  /** The type written by a symbol suffix: "maj7", "Δ7", "m(maj7)", "ø7", "7(#11,b9)". */
  static Optional<ChordType> bySymbol(String suffix) {
    String s = normaliseSymbol(suffix);
    ChordType type = SYMBOLS.get(s);
    if (type == null) {
      type = SYMBOLS.get(sortAlterations(s));
    }
    return Optional.ofNullable(type);
  }

  /** The type named in words: "major 13th", "half-diminished seventh", "diminished-major ninth". */
  static Optional<ChordType> byName(String name) {
    return Optional.ofNullable(NAMES.get(normaliseName(name)));
  }

  static String normaliseSymbol(String suffix) {
    String s = Accidentals.asciify(suffix).replaceAll("[\\s(),]", "").replace("−", "-");
    if (s.endsWith("Δ")) {
      s = s + "7";
    }
    s = s.replace("Δ", "maj").replace("ø7", "m7b5").replace("ø9", "m9b5").replace("ø", "m7b5")
        .replace("°", "dim");
    return s.replaceAll("(?i)maj", "maj").replaceAll("(?i)min", "min").replaceAll("(?i)dim", "dim")
        .replaceAll("(?i)aug", "aug").replaceAll("(?i)sus", "sus").replaceAll("(?i)add", "add")
        .replaceAll("(?i)alt", "alt").replaceAll("(?i)dom", "dom");
  }

  private static String sortAlterations(String suffix) {
    Matcher m = ALTERED_SUFFIX.matcher(suffix);
    if (!m.matches()) {
      return suffix;
    }
    List<String[]> alterations = new ArrayList<>();
    Matcher a = ALTERATION.matcher(m.group(2));
    while (a.find()) {
      alterations.add(new String[] {a.group(1), a.group(2)});
    }
    alterations.sort(Comparator.<String[]>comparingInt(x -> Integer.parseInt(x[1]))
        .thenComparing(x -> x[0].equals("#")));
    StringBuilder sorted = new StringBuilder(m.group(1));
    alterations.forEach(x -> sorted.append(x[0]).append(x[1]));
    return sorted.toString();
  }

  static String normaliseName(String name) {
    String s = Accidentals.asciify(name).toLowerCase(Locale.ROOT)
        .replaceAll("[-–—_/]", " ")
        .replaceAll("\\b(chord|triad)s?\\b", " ")
        .replaceAll("\\b(\\d+)(st|nd|rd|th)\\b", "$1");
    for (String[] word : NUMBER_WORDS) {
      s = s.replaceAll("\\b" + word[0] + "\\b", word[1]);
    }
    return s.replaceAll("\\bflat ?(\\d+)", "b$1")
        .replaceAll("\\bsharp ?(\\d+)", "#$1")
        .replaceAll("\\badd(?:ed)? ?(\\d+)", "added $1")
        .replaceAll("\\bsus(?:pended)? ?(\\d)", "suspended $1")
        .replaceAll("\\bsus\\b", "suspended")
        .replaceAll("\\bmaj\\b", "major")
        .replaceAll("\\bmin\\b", "minor")
        .replaceAll("\\baug\\b", "augmented")
        .replaceAll("\\bdim\\b", "diminished")
        .replaceAll("\\bdom\\b", "dominant")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
