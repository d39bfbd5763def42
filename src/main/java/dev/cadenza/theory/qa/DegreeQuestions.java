package dev.cadenza.theory.qa;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.QuestionText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers "what is the dominant of F# minor?", "leading tone of Bb major", "the 4th degree of E major".
 * Each degree is read through its diatonic triad, so minor keys follow the engine's convention: the
 * leading tone is the raised seventh (E# in F# minor) and the subtonic the natural seventh (E).
 */
final class DegreeQuestions {
  /** Degree names with their triads in major and in minor; the triad's root is the degree's note. */
  private record Degree(String name, int number, String major, String minor) {}

  private static final List<Degree> DEGREES = List.of(
      new Degree("tonic", 1, "I", "i"), new Degree("supertonic", 2, "ii", "ii°"), new Degree("mediant", 3, "iii", "III"),
      new Degree("subdominant", 4, "IV", "iv"), new Degree("dominant", 5, "V", "V"),
      new Degree("submediant", 6, "vi", "VI"), new Degree("leading tone", 7, "vii°", "vii°"),
      new Degree("subtonic", 7, "bVII", "VII"));
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");
  private static final String OF_KEY = "\\s+(?i:note\\s+|chord\\s+|triad\\s+)?(?i:of|in)\\s+(?i:the\\s+key\\s+of\\s+)?"
      + KeyQuestions.KEY;
  private static final Pattern BY_NAME = Pattern.compile(
      "(?i:\\b(tonic|supertonic|mediant|subdominant|dominant|submediant|leading[\\s-](?:tone|note)|subtonic)(\\s+seventh)?)" + OF_KEY);
  private static final Pattern BY_NUMBER = Pattern.compile("(?i:\\b(?:scale\\s+)?degree\\s+([1-7])|\\b(?:([1-7])(?:st|nd|rd|th)"
      + "|(first|second|third|fourth|fifth|sixth|seventh))\\s+(?:scale\\s+)?degree)" + OF_KEY);
  private static final Pattern MODE = Pattern.compile("(?i)\\bmode\\b");
  /** The modes on degrees 1 to 7 of a major scale; a minor key's degree d is the major's d + 5. */
  private static final List<ScaleType> MODES = List.of(ScaleType.MAJOR, ScaleType.DORIAN, ScaleType.PHRYGIAN,
      ScaleType.LYDIAN, ScaleType.MIXOLYDIAN, ScaleType.NATURAL_MINOR, ScaleType.LOCRIAN);
  private static final int MINOR_OFFSET = 5;
  private static final Pattern ASKS_FOR_CHORD = Pattern.compile("(?i)\\b(?:chord|triad)\\b");

  private DegreeQuestions() {}

  static Optional<TheoryAnswer> answer(String question) {
    String text = QuestionText.clean(question);
    Matcher byName = BY_NAME.matcher(text);
    Matcher byNumber = BY_NUMBER.matcher(text);
    Degree degree;
    String keyText;
    boolean seventh = false;
    if (byName.find()) {
      String name = byName.group(1).toLowerCase(Locale.ROOT).replace('-', ' ').replace("leading note", "leading tone");
      degree = DEGREES.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
      seventh = byName.group(2) != null;
      keyText = byName.group(3);
    } else if (byNumber.find()) {
      int number = byNumber.group(1) != null ? Integer.parseInt(byNumber.group(1))
          : byNumber.group(2) != null ? Integer.parseInt(byNumber.group(2))
          : ORDINALS.indexOf(byNumber.group(3).toLowerCase(Locale.ROOT)) + 1;
      degree = DEGREES.stream().filter(d -> d.number() == number).findFirst().orElseThrow();
      keyText = byNumber.group(4);
    } else {
      return Optional.empty();
    }
    Optional<Key> key = Key.tryParse(keyText);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (MODE.matcher(text).find()) {
        return Optional.of(mode(degree, key.get()));
      }
      if (seventh) {
        return Optional.of(seventhChord(degree, key.get()));
      }
      return Optional.of(describe(degree, key.get(), ASKS_FOR_CHORD.matcher(text).find()));
    } catch (IllegalArgumentException beyondDoubleAccidentals) {
      return Optional.empty();
    }
  }

  /** "The mode on the 2nd degree of C major": the key's own notes from that degree, D dorian. */
  private static TheoryAnswer mode(Degree degree, Key key) {
    List<Note> scale = key.scale().notes();
    Note start = scale.get(degree.number() - 1);
    int index = (degree.number() - 1 + (key.mode() == Key.Mode.MINOR ? MINOR_OFFSET : 0)) % MODES.size();
    Scale mode = new Scale(start, MODES.get(index));
    String answer = "The mode on degree " + degree.number() + " of " + key + " is " + mode.name() + ": " + Prose.list(mode.notes())
        + ", the notes of " + key + " from " + start + " to " + start + " (" + mode.type().formula() + ").";
    return new TheoryAnswer(Intent.SCALE, answer, Prose.strings(mode.notes()), Map.of("key", key.name(), "mode", mode.name()));
  }

  /** The degree's diatonic seventh chord: V7 for the dominant, viiø7 (major) or vii°7 (minor) for the leading tone. */
  private static TheoryAnswer seventhChord(Degree degree, Key key) {
    boolean minor = key.mode() == Key.Mode.MINOR;
    RomanChord chord = degree.name().equals("subtonic")
        ? RomanNumerals.realise(minor ? "VII7" : "bVII7", key)
        : RomanNumerals.diatonicSevenths(key).get(degree.number() - 1);
    String answer = "The " + degree.name() + " seventh chord of " + key + ", " + chord.numeral() + ", is " + chord.symbol() + ": "
        + Prose.list(chord.notes()) + ".";
    return new TheoryAnswer(Intent.ROMAN_NUMERAL, answer, Prose.strings(chord.notes()),
        Map.of("key", key.name(), "numeral", chord.numeral(), "symbol", chord.symbol()));
  }

  private static TheoryAnswer describe(Degree degree, Key key, boolean askedForChord) {
    boolean minor = key.mode() == Key.Mode.MINOR;
    RomanChord triad = RomanNumerals.realise(minor ? degree.minor() : degree.major(), key);
    Note note = triad.notes().getFirst();
    String chord = "its triad, " + triad.numeral() + ", is " + triad.symbol() + " (" + Prose.list(triad.notes()) + ")";
    String answer;
    if (degree.name().equals("subtonic") && !minor) {
      answer = key + " has no diatonic subtonic: its seventh degree is the leading tone, " + key.scale().notes().get(6)
          + ". The lowered seventh, " + note + ", borrowed from " + key.parallel() + ", is called the subtonic; "
          + chord + ".";
    } else {
      String number = degree.name().equals("subtonic") ? "the natural (lowered) seventh degree"
          : degree.name().equals("leading tone") && minor ? "the raised seventh degree" : "scale degree " + degree.number();
      answer = askedForChord
          ? "The " + degree.name() + " triad of " + key + ", " + triad.numeral() + ", is " + triad.symbol() + ": "
              + Prose.list(triad.notes()) + ". Its root, " + note + ", is " + number + "."
          : "The " + degree.name() + " of " + key + " is " + note + ", " + number + "; " + chord + ".";
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("key", key.name());
    details.put("degree", degree.name());
    details.put("note", note.toString());
    details.put("numeral", triad.numeral());
    details.put("symbol", triad.symbol());
    return new TheoryAnswer(Intent.SCALE, answer, Prose.strings(askedForChord ? triad.notes() : List.of(note)), details);
  }
}
