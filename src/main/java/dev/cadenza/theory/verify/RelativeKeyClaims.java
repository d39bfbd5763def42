package dev.cadenza.theory.verify;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.text.ProsePatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative and parallel key claims: "the relative minor of A major is F# minor", "A major's relative
 * minor is F# minor", "F# minor is the relative minor of A major", "the parallel minor of D major is D
 * minor". A key without a mode word takes the mode the relation implies (the relative minor of C).
 */
final class RelativeKeyClaims {
  private static final String KEY = ProsePatterns.key(false, false);
  private static final String RELATION = "(?i:(relative|parallel)\\s+(major|minor))(?:\\s+(?i:key))?";
  private static final Pattern OF_IS = Pattern.compile("(?i:the\\s+)?" + RELATION + "\\s+(?i:of|to)\\s+" + KEY
      + ",?\\s+(?i:is)\\s+" + KEY);
  private static final Pattern POSSESSIVE = Pattern.compile(KEY + "'s\\s+" + RELATION + "\\s+(?i:is)\\s+" + KEY);
  private static final Pattern IS_THE = Pattern.compile(KEY + "\\s+(?i:is)\\s+(?i:the\\s+)?" + RELATION
      + "\\s+(?i:of|to)\\s+" + KEY);

  private RelativeKeyClaims() {}

  static List<Claim> find(String text) {
    List<Claim> claims = new ArrayList<>();
    Matcher m = OF_IS.matcher(text);
    while (m.find()) {
      check(text, m, m.group(1), m.group(2), 3, 4).ifPresent(claims::add);
    }
    m = POSSESSIVE.matcher(text);
    while (m.find()) {
      check(text, m, m.group(2), m.group(3), 1, 4).ifPresent(claims::add);
    }
    m = IS_THE.matcher(text);
    while (m.find()) {
      check(text, m, m.group(2), m.group(3), 4, 1).ifPresent(claims::add);
    }
    return claims;
  }

  private static Optional<Claim> check(String text, Matcher m, String relation, String mode, int keyGroup,
      int answerGroup) {
    Key.Mode asked = mode.equalsIgnoreCase("major") ? Key.Mode.MAJOR : Key.Mode.MINOR;
    boolean relative = relation.equalsIgnoreCase("relative");
    Key.Mode own = asked == Key.Mode.MAJOR ? Key.Mode.MINOR : Key.Mode.MAJOR;
    Optional<Key> key = key(m.group(keyGroup), own);
    Optional<Key> claimed = key(m.group(answerGroup), asked);
    String kind = relation.toLowerCase(Locale.ROOT) + "_key";
    if (key.isEmpty() || claimed.isEmpty()) {
      return Optional.empty();
    }
    if (key.get().mode() != own) {
      return Optional.of(Claim.of(text, kind, Verdict.UNCHECKED, null, m.start(), m.end(), null));
    }
    Key actual;
    try {
      actual = relative ? key.get().relative() : key.get().parallel();
    } catch (IllegalArgumentException tripleAccidentals) {
      return Optional.of(Claim.of(text, kind, Verdict.UNCHECKED, null, m.start(), m.end(), null));
    }
    Verdict verdict = actual.equals(claimed.get()) ? Verdict.CORRECT : Verdict.INCORRECT;
    String correction = text.substring(m.start(), m.start(answerGroup)) + actual.name()
        + text.substring(m.end(answerGroup), m.end());
    return Optional.of(Claim.of(text, kind, verdict, actual.name(), m.start(), m.end(), correction));
  }

  private static Optional<Key> key(String phrase, Key.Mode defaultMode) {
    boolean hasMode = phrase.toLowerCase(Locale.ROOT).matches(".*(major|minor)");
    return Key.tryParse(hasMode ? phrase : phrase + " " + defaultMode.label());
  }
}
