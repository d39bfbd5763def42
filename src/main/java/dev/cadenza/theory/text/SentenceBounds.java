package dev.cadenza.theory.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the sentence around a position starts and ends, for readers that look at one sentence. */
public final class SentenceBounds {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?=\\s|$)|\\n");

  private SentenceBounds() {}

  /** Offset where the sentence holding {@code position} starts. */
  public static int start(String text, int position) {
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find() && m.end() <= position) {
      start = m.end();
    }
    return start;
  }

  /** Offset where the sentence holding {@code position} ends (exclusive). */
  public static int end(String text, int position) {
    Matcher m = SENTENCE_END.matcher(text);
    return m.find(position) ? m.start() : text.length();
  }
}
