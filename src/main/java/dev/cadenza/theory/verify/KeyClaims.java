package dev.cadenza.theory.verify;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.text.NoteLists;
import dev.cadenza.theory.text.Prose;
import dev.cadenza.theory.text.ProsePatterns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key-signature claims: "E major has four sharps", "Db major has five flats: Bb, Eb, Ab, Db, Gb", "the
 * key of F has one flat", "C major has no sharps or flats". A key needs its mode word unless written
 * "the key of X" (then major).
 */
final class KeyClaims {
  static final String KIND = "key_signature";
  private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen");
  private static final String KEY =
      "(?:" + ProsePatterns.key(true, true) + "|(?i:the\\s+key\\s+of\\s+)" + ProsePatterns.key(false, false) + ")";
  /** A count that goes on into arithmetic ("1 flat + 7 = six sharps", "two flats more than") is no signature. */
  private static final String NOT_ARITHMETIC =
      "(?!\\w|\\s*(?:[+=×]|[-−]\\s*\\d)|\\s+(?i:more|fewer|less|plus|minus)\\b)";
  private static final Pattern SIGNATURE = Pattern.compile(KEY + "(?:'s\\s+(?i:key\\s+)?signature)?\\s+(?i:has|have"
      + "|contains|uses|takes|carries)\\s+(?i:a\\s+key\\s+signature\\s+(?:of|with)\\s+)?(?i:(no|one|two|three|four|five"
      + "|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\\d{1,2})\\s+(sharps?|flats?)"
      + "(\\s+or\\s+(?:sharps?|flats?))?)" + NOT_ARITHMETIC + "(?:\\s*(?::|\\(|,\\s*namely)\\s*)?");

  private KeyClaims() {}

  static List<Claim> find(String text) {
    List<Claim> claims = new ArrayList<>();
    Matcher m = SIGNATURE.matcher(text);
    while (m.find()) {
      Optional<Key> key = Key.tryParse(m.group(1) != null ? m.group(1) : m.group(2));
      if (key.isEmpty()) {
        continue;
      }
      int count = count(m.group(3));
      boolean sharps = m.group(4).toLowerCase(Locale.ROOT).startsWith("sharp");
      boolean both = m.group(5) != null;
      Optional<NoteLists.NoteList> list = NoteLists.at(text, m.end(), 1);
      claims.add(check(text, key.get(), count, sharps, both, m, list));
    }
    return claims;
  }

  private static int count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return NUMBERS.contains(w) ? NUMBERS.indexOf(w) : Integer.parseInt(w);
  }

  private static Claim check(String text, Key key, int count, boolean sharps, boolean both, Matcher m,
      Optional<NoteLists.NoteList> list) {
    int actual = Math.abs(key.fifths());
    boolean countRight = both ? count == 0 && actual == 0
        : count == 0 ? (sharps ? key.sharps() == 0 : key.flats() == 0)
        : count == actual && (sharps == key.fifths() > 0);
    boolean listRight = list.isEmpty() || new HashSet<>(key.signature()).equals(list.get().spellings());
    Verdict verdict = countRight && listRight ? Verdict.CORRECT : Verdict.INCORRECT;
    String expected = expected(key, list.isPresent());
    int end = list.map(NoteLists.NoteList::end).orElse(m.end(5) >= 0 ? m.end(5) : m.end(4));
    String correction = text.substring(m.start(), m.start(3)) + expected;
    return Claim.of(text, KIND, verdict, expected, m.start(), end, correction);
  }

  /** "four sharps", "five flats: Bb, Eb, Ab, Db, Gb", "no sharps or flats". */
  static String expected(Key key, boolean withList) {
    int n = Math.abs(key.fifths());
    if (n == 0) {
      return "no sharps or flats";
    }
    String word = n < NUMBERS.size() ? NUMBERS.get(n) : String.valueOf(n);
    String kind = (key.fifths() > 0 ? "sharp" : "flat") + (n == 1 ? "" : "s");
    return word + " " + kind + (withList ? ": " + Prose.list(key.signature()) : "");
  }
}
