package dev.cadenza.theory.entity;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanNumerals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a Roman numeral starting at a token: "V7", "vii°7/V", "bVI", "ii65", "It+6", "V7 of V", or a chord
 * known by name ("the Neapolitan sixth", "a German augmented sixth"). "I" and "i" are numerals only beside
 * another numeral or before "chord", "in" or "of", so "I need" stays a pronoun.
 */
final class NumeralReader {
  private static final Pattern NUMERAL = Pattern.compile(
      "(bb|b|#)?(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)([°oø+]|dim)?(maj7|7|65|43|42|64|6|2)?"
          + "(/(bb|b|#)?(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i))?|N6|(It|Fr|Ger|Gr)\\+?6|Cad64");
  private static final Map<String, String> NAMED = Map.of(
      "neapolitan", "N6", "italian", "It+6", "french", "Fr+6", "german", "Ger+6");
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
    return Optional.of(new Read(single.get(), i + 1));
  }

  private static Optional<String> single(Tokens t, int i) {
    String word = t.at(i).replace('º', '°');
    if (!NUMERAL.matcher(word).matches()) {
      return Optional.empty();
    }
    if ((word.equals("I") || word.equals("i")) && !besideNumeral(t, i)
        && !t.is(i + 1, "chord", "in", "of", "triad", "-") && !t.is(i - 1, "is", "the", "numeral", "-")) {
      return Optional.empty();
    }
    String numeral = word.replace("dim", "°").replaceAll("^(It|Fr|Ger|Gr)6$", "$1+6");
    return valid(numeral) ? Optional.of(numeral) : Optional.empty();
  }

  private static boolean besideNumeral(Tokens t, int i) {
    for (int j : List.of(i - 1, i + 1, i - 2, i + 2)) {
      String w = t.at(j);
      if (!w.equalsIgnoreCase("i") && NUMERAL.matcher(w).matches() && !t.is(i + Integer.signum(j - i), ",")) {
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
