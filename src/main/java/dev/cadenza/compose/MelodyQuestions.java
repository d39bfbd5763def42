package dev.cadenza.compose;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "compose / create / write a melody over C Am F G" questions: the progression (chord names, or
 * Roman numerals with a key), and optionally the key, the bars per chord and a style. A request with a
 * key and no chords gets I-IV-V-I (i-iv-V-i in minor) in that key.
 */
public final class MelodyQuestions {

  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(?:compose|create|write|make|generate|produce|give\\s+me|come\\s+up\\s+with)\\b.*?\\b(?:melody|melodies|tune|line)\\b");
  private static final Pattern KEY = Pattern.compile(
      "(?i)\\b(?:in\\s+the\\s+key\\s+of|in\\s+key|key\\s+of|key:|in)\\s+([A-G](?:#|b|♯|♭|\\s*-?\\s*sharp|\\s*-?\\s*flat)?"
          + "\\s*-?\\s*(?:major|minor))\\b");
  private static final Pattern BARS = Pattern.compile(
      "(?i)\\b(one|two|three|four|[1-4])\\s+bars?\\s+(?:per|for\\s+each|each|for\\s+every|a)\\s+chord\\b");
  private static final List<String> NUMBERS = List.of("one", "two", "three", "four");
  private static final Pattern NOISE = Pattern.compile(
      "(?i)\\bin\\s+abc(?:\\s+notation)?\\b|\\busing\\s+abc(?:\\s+notation)?\\b|\\bin\\s+\\d/\\d\\b");
  private static final String MAJOR_DEFAULT = "I IV V I";
  private static final String MINOR_DEFAULT = "i iv V i";

  private MelodyQuestions() {}

  /** Whether the question asks for a melody to be written. */
  public static boolean asksForMelody(String question) {
    return CUE.matcher(question).find();
  }

  /** The request a question makes, or empty when it does not ask for a melody over chords or in a key. */
  public static Optional<ComposeRequest> request(String question) {
    Matcher cue = CUE.matcher(question);
    if (!cue.find()) {
      return Optional.empty();
    }
    String rest = question.substring(cue.end()).replaceAll("[?!.]+\\s*$", "");
    rest = NOISE.matcher(rest).replaceAll(" ");
    String key = null;
    Matcher keyMatch = KEY.matcher(rest);
    if (keyMatch.find()) {
      key = keyMatch.group(1);
      rest = rest.substring(0, keyMatch.start()) + " " + rest.substring(keyMatch.end());
    }
    int barsPerChord = 1;
    Matcher bars = BARS.matcher(rest);
    if (bars.find()) {
      String n = bars.group(1).toLowerCase(Locale.ROOT);
      barsPerChord = NUMBERS.contains(n) ? NUMBERS.indexOf(n) + 1 : Integer.parseInt(n);
      rest = rest.substring(0, bars.start()) + " " + rest.substring(bars.end());
    }
    Style style = styleIn(question);
    List<String> words = ProgressionReader.words(rest);
    for (int i = 0; i < words.size(); i++) {
      int run = numeralRun(words, i);
      // "I" alone may be the pronoun; a run of numerals in a named key is a progression.
      if (key != null && run > 0 && !(run == 1 && words.get(i).equals("I"))) {
        String numerals = String.join(" ", words.subList(i, i + run));
        return Optional.of(new ComposeRequest(null, numerals, key, barsPerChord, ComposeRequest.DEFAULT_SEED, style));
      }
      Optional<ProgressionReader.Reading> reading = ProgressionReader.read(words, i);
      if (reading.isPresent()) {
        String chords = String.join(" ", words.subList(i, i + reading.get().wordsUsed()));
        return Optional.of(new ComposeRequest(chords, null, key, barsPerChord, ComposeRequest.DEFAULT_SEED, style));
      }
    }
    return key == null ? Optional.empty() : Optional.of(
        new ComposeRequest(null, key.toLowerCase(Locale.ROOT).contains("minor") ? MINOR_DEFAULT : MAJOR_DEFAULT, key, barsPerChord, ComposeRequest.DEFAULT_SEED, style));
  }

  private static int numeralRun(List<String> words, int from) {
    int n = 0;
    while (from + n < words.size()
        && Arrays.stream(words.get(from + n).split("-")).filter(p -> !p.isEmpty()).allMatch(ProgressionReader::isNumeral)) {
      n++;
    }
    return n;
  }

  private static Style styleIn(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    for (Style style : Style.values()) {
      if (lower.contains(style.label())) {
        return style;
      }
    }
    return Style.FLOWING;
  }

  /** The answer text: the explanation, then the ABC in a fenced block. */
  public static String text(Composition composition) {
    return composition.explanation() + "\n\n```abc\n" + composition.abc() + "```";
  }
}
