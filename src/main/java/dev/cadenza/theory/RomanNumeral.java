package dev.cadenza.theory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of one plain Roman numeral: optional chromatic prefix, degree (case gives the third),
 * quality mark (° diminished, ø half-diminished, + augmented), optional "maj" for a major seventh,
 * and a figure (6, 64 for triads; 7, 65, 43, 42 for seventh chords). Secondary, Neapolitan,
 * augmented-sixth and cadential numerals are handled by {@link RomanNumerals}.
 */
record RomanNumeral(int accidental, int degree, boolean upper, String mark, boolean majorSeventh, String figure) {
  private static final List<String> DEGREES = List.of("i", "ii", "iii", "iv", "v", "vi", "vii");
  private static final List<String> TRIAD_FIGURES = List.of("", "6", "64");
  private static final List<String> SEVENTH_FIGURES = List.of("7", "65", "43", "42");
  private static final Pattern NUMERAL = Pattern.compile(
      "(bb|b|##|#)?(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)([°oø+])?(maj|M)?(7|65|43|42|2|64|6)?");

  RomanNumeral {
    if (degree < 1 || degree > DEGREES.size()) {
      throw new IllegalArgumentException("illegal degree: " + degree + ", must be 1..7");
    }
    if (!TRIAD_FIGURES.contains(figure) && !SEVENTH_FIGURES.contains(figure)) {
      throw new IllegalArgumentException("illegal figure: '" + figure + "', must be one of " + TRIAD_FIGURES
          + " or " + SEVENTH_FIGURES);
    }
  }

  /** Parses "V7", "ii65", "viiø7", "vii°7", "IV64", "V42", "bVI", "bII6", "Imaj7", "III+". */
  static Optional<RomanNumeral> parse(String text) {
    Matcher m = NUMERAL.matcher(normalise(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean upper = Character.isUpperCase(m.group(2).charAt(0));
    String mark = m.group(3) == null ? "" : m.group(3).replace("o", "°");
    String figure = m.group(5) == null ? "" : m.group(5).equals("2") ? "42" : m.group(5);
    boolean seventh = SEVENTH_FIGURES.contains(figure);
    boolean badMark = upper ? mark.equals("°") || mark.equals("ø") : mark.equals("+");
    if (badMark || (mark.equals("ø") && !seventh) || (m.group(4) != null && !seventh)) {
      return Optional.empty();
    }
    int accidental = m.group(1) == null ? 0 : Accidentals.parse(m.group(1));
    int degree = DEGREES.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    return Optional.of(new RomanNumeral(accidental, degree, upper, mark, m.group(4) != null, figure));
  }

  /** Writes figures without slashes and accidentals in ASCII: "V6/5" becomes "V65", "♭VI" "bVI". */
  static String normalise(String text) {
    return Accidentals.asciify(text.strip())
        .replace("Ø", "ø")
        .replace("6/4", "64")
        .replace("6/5", "65")
        .replace("4/3", "43")
        .replace("4/2", "42")
        .replaceAll("\\s+", "");
  }

  boolean seventh() {
    return SEVENTH_FIGURES.contains(figure);
  }

  /** 0 for root position, 1 for 6 or 65, 2 for 64 or 43, 3 for 42. */
  int inversion() {
    return seventh() ? SEVENTH_FIGURES.indexOf(figure) : TRIAD_FIGURES.indexOf(figure);
  }

  /** The figure for an inversion: triads "", "6", "64"; seventh chords "7", "65", "43", "42". */
  static String figure(boolean seventh, int inversion) {
    return (seventh ? SEVENTH_FIGURES : TRIAD_FIGURES).get(inversion);
  }

  /** The numeral's own triad: major, minor, diminished or augmented. */
  ChordType triad() {
    if (upper) {
      return mark.equals("+") ? ChordType.AUGMENTED : ChordType.MAJOR;
    }
    return mark.isEmpty() ? ChordType.MINOR : ChordType.DIMINISHED;
  }
}
