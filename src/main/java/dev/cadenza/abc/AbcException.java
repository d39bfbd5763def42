package dev.cadenza.abc;

import java.util.Locale;

/**
 * ABC text that cannot be read: the message names the line and column (both 1-based) where reading
 * stopped and what was expected there. Unchecked, like the MIDI reader's exception, so the HTTP layer
 * maps it to a 400 in one place; every bad input ends here, never in a parser's runtime failure.
 */
public final class AbcException extends RuntimeException {

  private final int line;
  private final int column;
  private final String problem;

  public AbcException(int line, int column, String problem) {
    super(String.format(Locale.ROOT, "line %d, column %d: %s", line, column, problem));
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without its position. */
  public String problem() {
    return problem;
  }
}
