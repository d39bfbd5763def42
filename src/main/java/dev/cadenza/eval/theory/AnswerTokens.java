package dev.cadenza.eval.theory;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an answer states the expected values: the expected tokens must appear in the answer's text in the
 * same order (other words may come between them). Tokens are runs of letters, digits and the signs that belong
 * to spellings (#, °, ø, +, /), so "Bb," and "(C7)" read as "Bb" and "C7", and case matters (Bb is not bb).
 */
public final class AnswerTokens {
  private static final Pattern SEPARATOR = Pattern.compile("[^A-Za-z0-9#°ø+/]+");

  private AnswerTokens() {}

  public static List<String> of(String text) {
    return Arrays.stream(SEPARATOR.split(text)).filter(t -> !t.isEmpty()).toList();
  }

  /** Whether every expected token occurs in the answer, in order. */
  public static boolean states(String answer, List<String> expected) {
    List<String> tokens = of(answer);
    int at = 0;
    for (String want : expected.stream().flatMap(e -> of(e).stream()).toList()) {
      while (at < tokens.size() && !tokens.get(at).equals(want)) {
        at++;
      }
      if (at == tokens.size()) {
        return false;
      }
      at++;
    }
    return true;
  }
}
