package dev.cadenza.finetune;

import java.util.Locale;

/** The form in which two questions count as the same: case, spacing and closing punctuation ignored. */
public final class Questions {
  private Questions() {}

  public static String normalise(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    StringBuilder text = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c)) {
        space = !text.isEmpty();
      } else {
        if (space) {
          text.append(' ');
          space = false;
        }
        text.append(c);
      }
    }
    int end = text.length();
    while (end > 0 && ".?!".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end).strip();
  }
}
