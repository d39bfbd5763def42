package dev.cadenza.theory.entity;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanNumerals;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Roman numeral starting at a token: "V7", "vii°7/V", "bVI", "ii65", "It+6", "V7 of V", "five of five",
 * or a chord known by name ("the Neapolitan sixth", "a German augmented sixth"). "I" and "i" are numerals only
 * beside another numeral or before "chord", "in" or "of", so "I need" stays a pronoun.
 */
final class NumeralReader {
  private static final Pattern NUMERAL = Pattern.compile(
      "(bb|b|#)?(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)([°oø+]|dim)?(maj7|7|65|43|42|64|6|2)?"
          + "(/(bb|b|#)?(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i))?|[Nn]6|(?i:it|fr|ger|gr)\\+?(6|43|65)|Cad64");
  private static final Map<String, String> NAMED = Map.of(
      "neapolitan", "N6", "italian", "It+6", "french", "Fr+6", "german", "Ger+6");
  private static final Pattern AUGMENTED_SIXTH = Pattern.compile("(?i)(it|fr|ger|gr)\\+?(6|43|65)");
  private static final Key PROBE = Key.major("C");

  /** A numeral, normalised for the engine, and the index just after its last token. */
  record Read(String numeral, int end) {}

  private NumeralReader() {}

  static Optional<Read> read(Tokens t, int i) {
    String named = NAMED.get(t.lower(i));
    if (named != null) {
      int end = i + 1;
      if (t.is(end, "augmented")) end++;
      boolean sixth = t.is(end, "sixth", "6th");
      if (!sixth && !named.equals("N6")) return Optional.empty();
      return Optional.of(new Read(named, sixth ? end + 1 : end));
    }
    if (t.is(i, "cadential") && t.is(i + 1, "six-four", "64")) {
      return Optional.of(new Read("Cad64", i + 2));
    }
    if (t.is(i, "five") && t.is(i + 1, "of") && t.is(i + 2, "five")) {
      return Optional.of(new Read("V/V", i + 3));
    }
    Optional<String> single = single(t, i);
    if (single.isEmpty()) {
      return Optional.empty();
    }
    // "V7 of V" is the secondary dominant V7/V.
    if (!single.get().contains("/") && t.is(i + 1, "of")) {
      Optional<String> target = single(t, i + 2);
      if (target.isPresent() && valid(single.get() + "/" + target.get())) {
        return Optional.of(new Read(single.get() + "/" + target.get(), i + 3));
      }
    }
    return Optional.of(withQualityWords(t, single.get(), i + 1));
  }

  /** "ii half-diminished seventh", "vii diminished seventh", "IV seventh": the words after a bare numeral. */
  private static Read withQualityWords(Tokens t, String numeral, int end) {
    if (!numeral.matches("[ivIV]+")) {
      return new Read(numeral, end);
    }
    int at = t.is(end, "fully") ? end + 1 : end;
    if (t.is(at, "half") && t.is(at + 1, "-") && t.is(at + 2, "diminished") && t.is(at + 3, "seventh", "7th")) {
      return new Read(numeral + "ø7", at + 4);
    }
    if (t.is(at, "half") && t.is(at + 1, "diminished") && t.is(at + 2, "seventh", "7th")) {
      return new Read(numeral + "ø7", at + 3);
    }
    if (t.is(at, "diminished") && t.is(at + 1, "seventh", "7th")) {
      return new Read(numeral + "°7", at + 2);
    }
    return t.is(end, "seventh", "7th") ? new Read(numeral + "7", end + 1) : new Read(numeral, end);
  }

  private static Optional<String> single(Tokens t, int i) {
    String word = t.at(i).replace('º', '°');
    if (!NUMERAL.matcher(word).matches()) {
      return Optional.empty();
    }
    if ((word.equals("I") || word.equals("i")) && !besideNumeral(t, i)
        && !t.is(i + 1, "chord", "in", "of", "triad", "-") && !t.is(i - 1, "is", "the", "numeral", "-", "to")) {
      return Optional.empty();
    }
    String numeral = normalised(word);
    return valid(numeral) ? Optional.of(numeral) : Optional.empty();
  }

  /** "viidim7" as vii°7; "ger65" as Ger65 and "fr+6" as Fr+6, the augmented sixths capitalised as the engine writes them. */
  private static String normalised(String word) {
    Matcher m = AUGMENTED_SIXTH.matcher(word);
    if (!m.matches()) {
      return word.equals("n6") ? "N6" : word.replace("dim", "°");
    }
    String kind = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(1).substring(1).toLowerCase(Locale.ROOT);
    return m.group(2).equals("6") ? kind + "+6" : kind + m.group(2);
  }

  /**
   * Whether another numeral stands next to the token, or one token away across a dash, comma or "to" ("I-vi-IV-V",
   * "I, vi, IV, V"); "I think V7 resolves" has a word between, so its "I" is the pronoun.
   */
  private static boolean besideNumeral(Tokens t, int i) {
    for (int j : List.of(i - 1, i + 1, i - 2, i + 2)) {
      String w = t.at(j);
      boolean near = Math.abs(j - i) == 1 || t.is((i + j) / 2, "-", "–", ",", "to");
      if (near && !w.equalsIgnoreCase("i") && NUMERAL.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean valid(String numeral) {
    try {
      RomanNumerals.realise(numeral, PROBE);
      return true;
    } catch (IllegalArgumentException notANumeral) {
      return false;
    }
  }
}
