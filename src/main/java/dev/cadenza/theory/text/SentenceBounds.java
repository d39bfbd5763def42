package dev.cadenza.theory.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the sentence around a position starts and ends, for readers that look at one sentence. Bounds
 * are looked for at most {@link #WINDOW} characters away, so that finding many claims in one run-on
 * text stays linear; a longer sentence is cut there.
 */
public final class SentenceBounds {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?=\\s|$)|\\n");
  /** The characters {@code \\s} matches. */
  private static final String REGEX_SPACE = " \t\n\u000B\f\r";
  private static final int WINDOW = 1_000;

  private SentenceBounds() {}

  /** Offset where the sentence holding {@code position} starts. */
  public static int start(String text, int position) {
    int limit = Math.max(0, position - WINDOW);
    for (int i = position - 1; i >= limit; i--) {
      char c = text.charAt(i);
      boolean endMark = ".!?;".indexOf(c) >= 0 && (i + 1 == text.length() || REGEX_SPACE.indexOf(text.charAt(i + 1)) >= 0);
      if (c == '\n' || endMark) {
        return i + 1;
      }
    }
    return limit;
  }

  /** Offset where the sentence holding {@code position} ends (exclusive). */
  public static int end(String text, int position) {
    int limit = Math.min(text.length(), position + WINDOW);
    Matcher m = SENTENCE_END.matcher(text).region(position, limit).useTransparentBounds(true);
    return m.find() ? m.start() : limit;
  }
}
