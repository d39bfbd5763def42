package dev.cadenza.abc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of the first tune in an ABC text, comments removed. A tune starts at its X: field (or at the
 * top when there is none, as in a pasted fragment) and ends at the next X: field or at the first empty
 * line after its music has begun. Columns stay as written, so errors point into the original text.
 *
 * @param lines the tune's lines in order, without empty ones
 * @param ignoredAfter the line after which further text was left unread, or 0 when none was
 */
record TuneText(List<Line> lines, int ignoredAfter) {

  /**
   * One line.
   *
   * @param number 1-based line number in the whole text
   * @param text the line without its comment
   * @param directive true for a %% line (its text is what follows the %%)
   */
  record Line(int number, String text, boolean directive) {

    /** Whether the line is an information field such as "K:G" or "w:words". */
    boolean isField() {
      return !directive && FIELD.matcher(text).lookingAt();
    }

    /** The field's letter; only for field lines. */
    char fieldName() {
      return text.charAt(0);
    }

    /** The field's value after the colon, without leading or trailing blanks. */
    String fieldValue() {
      return text.substring(2).strip();
    }

    /** The column where the field's value starts (1-based). */
    int valueColumn() {
      int column = 2;
      while (column < text.length() && Character.isWhitespace(text.charAt(column))) {
        column++;
      }
      return column + 1;
    }
  }

  private static final Pattern FIELD = Pattern.compile("[A-Za-z+]:");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  static TuneText of(String text) {
    String[] raw = LINE_BREAK.split(text, -1);
    int start = 0;
    while (start < raw.length && !raw[start].startsWith("X:")) {
      start++;
    }
    if (start == raw.length) {
      start = 0;
    }
    List<Line> lines = new ArrayList<>();
    boolean inMusic = false;
    for (int i = start; i < raw.length; i++) {
      Line line = clean(i + 1, raw[i]);
      if (i > start && raw[i].startsWith("X:") || raw[i].isBlank() && inMusic) {
        return new TuneText(lines, hasText(raw, i) ? i : 0);
      }
      if (!line.text().isBlank()) {
        lines.add(line);
        inMusic |= !line.directive() && !line.isField();
      }
    }
    return new TuneText(lines, 0);
  }

  private static Line clean(int number, String raw) {
    if (raw.startsWith("%%")) {
      return new Line(number, withoutComment(raw.substring(2)), true);
    }
    return new Line(number, withoutComment(raw), false);
  }

  /** The text before the first % that no backslash escapes. */
  private static String withoutComment(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '%' && (i == 0 || text.charAt(i - 1) != '\\')) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  private static boolean hasText(String[] raw, int from) {
    for (int i = from; i < raw.length; i++) {
      if (!raw[i].isBlank() && !raw[i].startsWith("%")) {
        return true;
      }
    }
    return false;
  }
}
