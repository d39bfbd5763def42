package dev.cadenza.compose;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chord progression written the ways students write one: symbols ("C Am F G"), names with or
 * without hyphens ("C-major, A-minor", "Eb-dominant seventh chord", "D-quartal trichord"), or Roman
 * numerals in a key ("I vi IV V", "ii-V-I"). Chords may be separated by spaces, commas, hyphens, bars,
 * arrows, "and" or "then". The longest run of words that names one chord wins, so "E minor 7" is one
 * chord and "C Am" two.
 */
public final class ProgressionReader {

  /** The most chords one progression may have. */
  public static final int MAX_CHORDS = 32;

  private static final int LONGEST_NAME_WORDS = 5;
  private static final Pattern SEPARATORS = Pattern.compile("\\s+-+\\s+|[\\s,;|→–—]+|->|=>");
  private static final Set<String> CONNECTORS = Set.of("and", "then", "to", "followed", "by", "&", "-");
  private static final Pattern QUARTAL = Pattern.compile(
      "([A-G](?:##|#|bb|b)?)\\s*-?\\s*quartal(?:\\s+(trichord|tetrachord|triad|chord))?(?:\\s+chord)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERAL = Pattern.compile(
      "(?:bb|b|##|#|♭|♯)?(?:VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)[°oø+]?(?:maj7|M7|7|65|43|42|64|6)?"
          + "(?:/(?:VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i))?|N6|It\\+?6|Fr\\+?6|Ger\\+?6");

  private ProgressionReader() {}

  /** What was read from the start of a text, and how many words it took. */
  public record Reading(List<ProgressionChord> chords, int wordsUsed) {}

  /** Every chord of {@code text}, which must be a progression and nothing else. */
  public static List<ProgressionChord> chords(String text) {
    List<String> words = words(text);
    Reading reading = read(words, 0)
        .orElseThrow(() -> new IllegalArgumentException("no chord names found in '" + text.strip() + "'"));
    if (reading.wordsUsed() < words.size()) {
      throw new IllegalArgumentException("cannot read '" + String.join(" ", words.subList(reading.wordsUsed(),
          words.size())) + "' as a chord in '" + text.strip() + "'");
    }
    return reading.chords();
  }

  /** Every chord named by Roman numerals ("I vi IV V", "ii-V-I", "i iv V7 i") in {@code key}. */
  public static List<ProgressionChord> numerals(String text, Key key) {
    List<String> words = words(text).stream().filter(w -> !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)))
        .flatMap(w -> NUMERAL.matcher(w).matches() ? List.of(w).stream() : Arrays.stream(w.split("-")))
        .filter(w -> !w.isEmpty())
        .toList();
    if (words.isEmpty()) {
      throw new IllegalArgumentException("no Roman numerals found in '" + text.strip() + "'");
    }
    List<ProgressionChord> chords = new ArrayList<>();
    for (String word : words) {
      if (!NUMERAL.matcher(word).matches()) {
        throw new IllegalArgumentException("not a Roman numeral: '" + word + "'");
      }
      chords.add(fromNumeral(RomanNumerals.realise(word, key)));
    }
    return limited(chords);
  }

  /** Whether a word is a Roman numeral (case matters: "I", "vi", "V7", "ii65"). */
  static boolean isNumeral(String word) {
    return NUMERAL.matcher(word).matches();
  }

  /** The words of a text: split at spaces, commas, bars, dashes between words and arrows. */
  static List<String> words(String text) {
    return Arrays.stream(SEPARATORS.split(text.strip())).filter(w -> !w.isEmpty()).toList();
  }

  /**
   * The chords read from {@code words} starting at {@code from}, skipping connecting words between
   * them; empty when the first word does not begin a chord.
   */
  static Optional<Reading> read(List<String> words, int from) {
    List<ProgressionChord> chords = new ArrayList<>();
    int i = from;
    int used = from;
    while (i < words.size()) {
      if (!chords.isEmpty() && CONNECTORS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
        i++;
        continue;
      }
      Optional<Step> step = longestChordAt(words, i);
      if (step.isEmpty()) {
        break;
      }
      chords.addAll(step.get().chords());
      i += step.get().words();
      used = i;
    }
    return chords.isEmpty() ? Optional.empty() : Optional.of(new Reading(limited(chords), used - from));
  }

  private record Step(List<ProgressionChord> chords, int words) {}

  private static Optional<Step> longestChordAt(List<String> words, int start) {
    for (int n = Math.min(LONGEST_NAME_WORDS, words.size() - start); n >= 1; n--) {
      String phrase = String.join(" ", words.subList(start, start + n));
      Optional<ProgressionChord> chord = chord(phrase);
      if (chord.isPresent()) {
        return Optional.of(new Step(List.of(chord.get()), n));
      }
    }
    String word = words.get(start);
    if (word.contains("-")) {
      List<String> pieces = Arrays.stream(word.split("-")).filter(p -> !p.isEmpty()).toList();
      Optional<Reading> inner = pieces.isEmpty() ? Optional.empty() : read(pieces, 0);
      if (inner.isPresent() && inner.get().wordsUsed() == pieces.size()) {
        return Optional.of(new Step(inner.get().chords(), 1));
      }
    }
    return Optional.empty();
  }

  /** One chord from a symbol or name, or empty. */
  static Optional<ProgressionChord> chord(String phrase) {
    Matcher quartal = QUARTAL.matcher(phrase.strip());
    if (quartal.matches()) {
      int size = "tetrachord".equalsIgnoreCase(quartal.group(2)) ? 4 : 3;
      return Optional.of(ProgressionChord.quartal(Note.parse(quartal.group(1)), size));
    }
    try {
      return Optional.of(ProgressionChord.of(Chord.parse(phrase)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ProgressionChord fromNumeral(RomanChord roman) {
    try {
      Chord chord = Chord.parse(roman.symbol());
      return new ProgressionChord(chord.symbol(), roman.numeral() + " in " + roman.key() + ": " + chord.name(),
          chord.tones(), chord.bass());
    } catch (IllegalArgumentException e) {
      // Augmented sixths have no chord symbol: their notes are listed from the bass.
      return new ProgressionChord(roman.symbol(), roman.numeral() + " in " + roman.key(), roman.notes(),
          roman.notes().getFirst());
    }
  }

  private static List<ProgressionChord> limited(List<ProgressionChord> chords) {
    if (chords.size() > MAX_CHORDS) {
      throw new IllegalArgumentException("the progression has " + chords.size() + " chords; at most " + MAX_CHORDS
          + " are allowed");
    }
    return List.copyOf(chords);
  }
}
