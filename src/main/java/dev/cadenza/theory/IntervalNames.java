package dev.cadenza.theory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Interval numbers and qualities in words and abbreviations, both ways. */
public final class IntervalNames {
  private static final String[] WORDS = {
    "unison", "second", "third", "fourth", "fifth", "sixth", "seventh", "octave", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second"
  };
  private static final Pattern SHORT = Pattern.compile("(dd|d|m|P|M|A|AA)(\\d{1,2})");
  private static final Pattern LONG = Pattern.compile(
      "(doubly[\\s-]+diminished|doubly[\\s-]+augmented|diminished|augmented|major|minor|perfect"
          + "|dim\\.?|aug\\.?|maj\\.?|min\\.?|perf\\.?)\\s+([a-z-]+|\\d{1,2}(?:st|nd|rd|th)?)");

  private IntervalNames() {}

  /** "third", "octave", "twelfth". */
  public static String ordinalWord(int number) {
    return WORDS[number - 1];
  }

  /** "3rd", "8th", "11th", "21st". */
  public static String ordinalDigits(int number) {
    int lastTwo = number % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return number + suffix;
  }

  /** The number named by "third", "3rd", "3" or "octave"; empty when not a number word. */
  public static Optional<Integer> number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < WORDS.length; i++) {
      if (WORDS[i].equals(w)) {
        return Optional.of(i + 1);
      }
    }
    Matcher m = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?").matcher(w);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      if (n >= 1 && n <= Interval.MAX_NUMBER && (m.group(2) == null || m.group(2).equals(suffix(n)))) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static String suffix(int n) {
    return ordinalDigits(n).substring(String.valueOf(n).length());
  }

  /** Parses "M3", "major third", "maj 3rd", "perfect 12th", "unison", "octave", "double octave". */
  public static Optional<Interval> parse(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    Matcher shortForm = SHORT.matcher(t);
    if (shortForm.matches()) {
      return build(quality(shortForm.group(1)), Integer.parseInt(shortForm.group(2)));
    }
    String lower = t.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "unison", "perfect unison" -> {
        return Optional.of(Interval.of(Quality.PERFECT, 1));
      }
      case "octave", "perfect octave" -> {
        return Optional.of(Interval.of(Quality.PERFECT, 8));
      }
      case "double octave" -> {
        return Optional.of(Interval.of(Quality.PERFECT, 15));
      }
      default -> { }
    }
    Matcher longForm = LONG.matcher(lower);
    if (!longForm.matches()) {
      return Optional.empty();
    }
    Optional<Integer> number = number(longForm.group(2));
    return number.flatMap(n -> build(quality(longForm.group(1)), n));
  }

  private static Quality quality(String word) {
    String w = word.replace(".", "").replaceAll("[\\s-]+", " ");
    return switch (w) {
      case "dd", "doubly diminished" -> Quality.DOUBLY_DIMINISHED;
      case "d", "diminished", "dim" -> Quality.DIMINISHED;
      case "m", "minor", "min" -> Quality.MINOR;
      case "P", "perfect", "perf" -> Quality.PERFECT;
      case "M", "major", "maj" -> Quality.MAJOR;
      case "A", "augmented", "aug" -> Quality.AUGMENTED;
      case "AA", "doubly augmented" -> Quality.DOUBLY_AUGMENTED;
      default -> throw new IllegalArgumentException("not an interval quality: " + word);
    };
  }

  private static Optional<Interval> build(Quality quality, int number) {
    try {
      return Optional.of(Interval.of(quality, number));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
