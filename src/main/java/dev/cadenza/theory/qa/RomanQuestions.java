package dev.cadenza.theory.qa;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.ProsePatterns;
import dev.cadenza.theory.text.QuestionText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers "what is V7 of Ab major?", "what is V/V in G?" and "what is Am in C major?". */
final class RomanQuestions {
  private static final String IN_KEY = "\\s+(?i:of|in)\\s+(?i:the\\s+key\\s+of\\s+)?" + KeyQuestions.KEY;
  private static final Pattern NUMERAL_IN_KEY = Pattern.compile(ProsePatterns.NUMERAL + IN_KEY);
  private static final Pattern CHORD_IN_KEY = Pattern.compile(
      "(?i:what\\s+is\\s+(?:the\\s+)?(?:roman\\s+numeral\\s+(?:for|of)\\s+)?(?:an?\\s+|the\\s+)?)(.+?)(?i:\\s+chord)?"
          + "\\s+(?i:in)\\s+(?i:the\\s+key\\s+of\\s+)?" + KeyQuestions.KEY);

  /** Chords known by name, as the numerals the engine realises. */
  private static final List<Map.Entry<Pattern, String>> NAMED = List.of(
      Map.entry(Pattern.compile("(?i)\\b(?:the\\s+)?neapolitan(?:\\s+sixth)?(?:\\s+chord)?"), "N6"),
      Map.entry(Pattern.compile("(?i)\\b(?:the\\s+|an\\s+)?italian(?:\\s+augmented)?\\s+sixth(?:\\s+chord)?"), "It+6"),
      Map.entry(Pattern.compile("(?i)\\b(?:the\\s+|a\\s+)?french(?:\\s+augmented)?\\s+sixth(?:\\s+chord)?"), "Fr+6"),
      Map.entry(Pattern.compile("(?i)\\b(?:the\\s+|a\\s+)?german(?:\\s+augmented)?\\s+sixth(?:\\s+chord)?"), "Ger+6"),
      Map.entry(Pattern.compile("(?i)\\b(?:the\\s+|a\\s+)?cadential\\s+six[\\s-]four(?:\\s+chord)?"), "Cad64"));
  /** "the V chord in F minor": the word chord or triad after a numeral says nothing more. */
  private static final Pattern NUMERAL_CHORD = Pattern.compile(ProsePatterns.NUMERAL + "\\s+(?i:chord|triad)\\b");
  /** "the diatonic chords of G major", "diatonic seventh chords in D minor". */
  private static final Pattern DIATONIC = Pattern.compile(
      "(?i:\\bdiatonic\\s+(seventh\\s+chords|sevenths|triads|chords)\\s+(?:of|in)\\s+(?:the\\s+key\\s+of\\s+)?)" + KeyQuestions.KEY);
  /** "V7 of V" is the secondary dominant V7/V. */
  private static final Pattern NUMERAL_OF_NUMERAL = Pattern.compile(ProsePatterns.NUMERAL + "\\s+of\\s+" + ProsePatterns.NUMERAL);
  /** "ii-V-I in Eb", "I–vi–IV–V of G major": a progression of two or more numerals. */
  private static final Pattern PROGRESSION = Pattern.compile(
      "(?<![\\w/])((?:" + ProsePatterns.DEGREE + "[°oø+]?(?:7|6)?\\s*[-–—]\\s*)+" + ProsePatterns.DEGREE + "[°oø+]?(?:7|6)?)(?![\\w/])" + IN_KEY);

  private RomanQuestions() {}

  /**
   * The answer when the question names a chord ("the Italian sixth in A minor"), a progression ("ii-V-I
   * in Eb") or a secondary chord in words ("V7 of V in D"): wording no other parser should take.
   */
  static Optional<TheoryAnswer> specific(String question) {
    String text = QuestionText.clean(question);
    Matcher diatonic = DIATONIC.matcher(text);
    if (diatonic.find()) {
      return Key.tryParse(diatonic.group(2)).map(key -> diatonic(key, diatonic.group(1).toLowerCase(Locale.ROOT).startsWith("seventh")));
    }
    boolean specific = NAMED.stream().anyMatch(named -> named.getKey().matcher(text).find())
        || PROGRESSION.matcher(text).find() || NUMERAL_OF_NUMERAL.matcher(text).find() || NUMERAL_CHORD.matcher(text).find();
    return specific ? answer(question) : Optional.empty();
  }

  private static TheoryAnswer diatonic(Key key, boolean sevenths) {
    List<RomanChord> chords = sevenths ? RomanNumerals.diatonicSevenths(key) : RomanNumerals.diatonicTriads(key);
    String answer = "The diatonic " + (sevenths ? "seventh chords" : "triads") + " of " + key + " are "
        + String.join(", ", chords.stream().map(c -> c.numeral() + " " + spelled(c)).toList())
        + "." + (key.mode() == Key.Mode.MINOR ? " Convention: V and the leading-tone chord use the raised seventh of harmonic minor." : "");
    return new TheoryAnswer(Intent.ROMAN_NUMERAL, answer, Prose.strings(chords.stream().map(c -> c.notes().getFirst()).toList()),
        details(key, chords));
  }

  /** "Fm (F, Ab, C)". */
  private static String spelled(RomanChord chord) {
    return chord.symbol() + " (" + Prose.list(chord.notes()) + ")";
  }

  /** The key and, chord by chord, the numerals and symbols of a list of chords. */
  private static Map<String, Object> details(Key key, List<RomanChord> chords) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("key", key.name());
    details.put("numerals", chords.stream().map(RomanChord::numeral).toList());
    details.put("symbols", chords.stream().map(RomanChord::symbol).toList());
    return details;
  }

  /** The question with named chords and "X of Y" written as numerals, as {@link #NUMERAL_IN_KEY} reads them. */
  private static String numerals(String text) {
    String result = text;
    for (Map.Entry<Pattern, String> named : NAMED) {
      result = named.getKey().matcher(result).replaceAll(named.getValue());
    }
    result = NUMERAL_CHORD.matcher(result).replaceAll("$1");
    return NUMERAL_OF_NUMERAL.matcher(result).replaceAll("$1/$2");
  }

  /** Whether the text names a Roman numeral in a key, like "V7 of Ab major". */
  static boolean mentionsNumeralInKey(String text) {
    Matcher m = NUMERAL_IN_KEY.matcher(text);
    while (m.find()) {
      if (Key.tryParse(m.group(2)).isPresent() && realise(m.group(1), m.group(2)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text asks for a chord's numeral in a key, like "what is Am in C major?". */
  static boolean asksForAnalysis(String text) {
    Matcher m = CHORD_IN_KEY.matcher(text);
    return m.find() && Key.tryParse(m.group(2)).isPresent();
  }

  static Optional<TheoryAnswer> answer(String question) {
    String text = numerals(QuestionText.clean(question));
    Matcher progression = PROGRESSION.matcher(text);
    if (progression.find()) {
      Optional<TheoryAnswer> answer = progression(progression.group(1), progression.group(2));
      if (answer.isPresent()) {
        return answer;
      }
    }
    Matcher m = NUMERAL_IN_KEY.matcher(text);
    while (m.find()) {
      Optional<RomanChord> chord = realise(m.group(1), m.group(2));
      if (chord.isPresent()) {
        return Optional.of(realisation(chord.get()));
      }
    }
    Matcher analysis = CHORD_IN_KEY.matcher(text);
    if (analysis.find()) {
      Optional<Key> key = Key.tryParse(analysis.group(2));
      Optional<Chord> chord = ChordQuestions.find(analysis.group(1));
      if (key.isPresent() && chord.isPresent()) {
        List<RomanChord> readings = RomanNumerals.analyse(chord.get(), key.get());
        if (!readings.isEmpty()) {
          return Optional.of(analysis(chord.get(), readings));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<RomanChord> realise(String numeral, String key) {
    try {
      return Optional.of(RomanNumerals.realise(numeral, Key.parse(key)));
    } catch (IllegalArgumentException notANumeral) {
      return Optional.empty();
    }
  }

  private static Optional<TheoryAnswer> progression(String numerals, String keyText) {
    List<String> parts = List.of(numerals.split("\\s*[-–—]\\s*"));
    List<RomanChord> chords = new ArrayList<>();
    for (String part : parts) {
      Optional<RomanChord> chord = realise(part, keyText);
      if (chord.isEmpty()) {
        return Optional.empty();
      }
      chords.add(chord.get());
    }
    Key key = chords.getFirst().key();
    String answer = "In " + key + ", " + String.join("–", chords.stream().map(RomanChord::numeral).toList()) + " is "
        + String.join("–", chords.stream().map(RomanChord::symbol).toList()) + ": "
        + String.join("; ", chords.stream().map(RomanQuestions::spelled).toList()) + ".";
    List<Note> notes = chords.stream().flatMap(c -> c.notes().stream()).toList();
    return Optional.of(new TheoryAnswer(Intent.ROMAN_NUMERAL, answer, Prose.strings(notes), details(key, chords)));
  }

  private static TheoryAnswer realisation(RomanChord chord) {
    String answer = "In " + chord.key() + ", " + chord.numeral() + " is "
        + (chord.symbol().equals(chord.numeral()) ? "" : chord.symbol() + ": ") + Prose.list(chord.notes())
        + ". Function: " + chord.function() + ".";
    if (chord.numeral().startsWith("Ger") && chord.key().mode() == Key.Mode.MAJOR) {
      answer += " In major keys the German sixth's b3 is sometimes respelled as a raised 2nd (the doubly"
          + " augmented fourth chord).";
    }
    return new TheoryAnswer(Intent.ROMAN_NUMERAL, answer, Prose.strings(chord.notes()), details(chord));
  }

  private static TheoryAnswer analysis(Chord chord, List<RomanChord> readings) {
    RomanChord best = readings.get(0);
    String answer = "In " + best.key() + ", " + chord.symbol() + " (" + Prose.list(chord.notes()) + ") is "
        + best.numeral() + ". Function: " + best.function() + ".";
    if (readings.size() > 1) {
      answer += " Other readings: " + String.join(", ", readings.subList(1, readings.size()).stream()
          .map(RomanChord::numeral).toList()) + ".";
    }
    Map<String, Object> details = details(best);
    details.put("readings", readings.stream().map(RomanChord::numeral).toList());
    return new TheoryAnswer(Intent.ROMAN_NUMERAL, answer, Prose.strings(chord.notes()), details);
  }

  private static Map<String, Object> details(RomanChord chord) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("numeral", chord.numeral());
    details.put("key", chord.key().name());
    details.put("symbol", chord.symbol());
    details.put("function", chord.function());
    return details;
  }
}
