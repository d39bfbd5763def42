package dev.cadenza.route;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The coarse kind of a theory token, read from its original spelling: the router learns from these
 * shapes instead of from each of the thousands of note, chord and numeral spellings.
 */
enum TokenShape {
  /** A pitch: {@code F#}, {@code Bb}, {@code E4}, {@code C##}, {@code bbb}. */
  NOTE,
  /** A chord symbol: {@code G7}, {@code Cm7b5}, {@code D#maj13}, {@code Am}, {@code C/E}. */
  CHORD_SYMBOL,
  /** A Roman numeral or a named chromatic chord: {@code ii}, {@code V7}, {@code viiø7}, {@code V/V}, {@code N6}. */
  ROMAN,
  /** A count: {@code 3}, {@code three}. */
  NUMBER,
  /** A numeric ordinal: {@code 3rd}, {@code 13th}. */
  ORDINAL;

  private static final Pattern NOTE_SPELLING =
      Pattern.compile("[A-Ga-g](##|bb|#|b|x|♯|♭|♯♯|♭♭)?[0-58]?");
  private static final Pattern CHORD_SPELLING =
      Pattern.compile(
          "[A-Ga-g](##|bb|#|b|♯|♭)?(maj|min|dim|aug|sus|add|m|M|ø|°|\\+|Δ)?(\\d{1,2})?"
              + "((maj|add|sus|no|b|#|♭|♯)\\d{1,2})*(/[A-Ga-g](#|b|♯|♭)?)?");
  private static final String NUMERAL = "(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)";
  private static final Pattern ROMAN_SPELLING =
      Pattern.compile(
          "(b|#|♭|♯)?" + NUMERAL + "(°|ø|o|\\+)?(\\d{1,2})?(/(b|#|♭|♯)?" + NUMERAL + "(°|ø|o)?)?");
  private static final Pattern CHROMATIC_CHORD =
      Pattern.compile("(?i)(it|ger|fr|n)\\+?\\d{1,2}|cad64");
  private static final Pattern ORDINAL_SPELLING = Pattern.compile("\\d+(st|nd|rd|th)");
  private static final Set<String> NUMBER_WORDS =
      Set.of("one", "two", "three", "four", "five", "six", "seven", "zero");
  /** "I" and "i" are far more often the pronoun than the tonic numeral; "a" is far more often the article. */
  private static final Set<String> AMBIGUOUS_WORDS = Set.of("I", "i", "a");
  private static final int LONGEST_LOWER_CASE_NOTE = 3;
  /** The numerals a question typed in lower case can hold in letters alone: "bvii", "viio". */
  private static final Pattern LOWER_CASE_NUMERAL = Pattern.compile("b?[iv]+o?");

  /** The shape of one token as typed, or empty for an ordinary word. */
  static Optional<TokenShape> of(String token) {
    if (AMBIGUOUS_WORDS.contains(token) || isPlainLongWord(token)) {
      return Optional.empty();
    }
    if (token.chars().allMatch(Character::isDigit) || NUMBER_WORDS.contains(token)) {
      return Optional.of(NUMBER);
    }
    if (ORDINAL_SPELLING.matcher(token).matches()) {
      return Optional.of(ORDINAL);
    }
    if (NOTE_SPELLING.matcher(token).matches()) {
      return Optional.of(NOTE);
    }
    if (isRomanNumeral(token)) {
      return Optional.of(ROMAN);
    }
    if (isChordSymbol(token)) {
      return Optional.of(CHORD_SYMBOL);
    }
    return Optional.empty();
  }

  /**
   * Lower-case words longer than any note spelling ("bbb") that are not numerals or number words: most tokens of
   * a question, answered without running the patterns.
   */
  private static boolean isPlainLongWord(String token) {
    return token.length() > LONGEST_LOWER_CASE_NOTE
        && token.chars().allMatch(c -> c >= 'a' && c <= 'z')
        && !NUMBER_WORDS.contains(token)
        && !LOWER_CASE_NUMERAL.matcher(token).matches();
  }

  private static boolean isRomanNumeral(String token) {
    return ROMAN_SPELLING.matcher(token).matches() || CHROMATIC_CHORD.matcher(token).matches();
  }

  /** Lower-case letters followed only by letters ("am", "cad") are words, not chord symbols. */
  private static boolean isChordSymbol(String token) {
    boolean marked = Character.isUpperCase(token.charAt(0)) || !token.chars().allMatch(Character::isLetter);
    return marked && CHORD_SPELLING.matcher(token).matches();
  }
}
