package dev.cadenza.theory.verify;

import java.util.Objects;

/**
 * One checkable claim found in free text. {@code verdict} holds the {@link Verdict#label()} ("correct",
 * "incorrect" or "unchecked") so that JSON shows it in lower case; {@code start} and {@code end} are
 * character offsets of {@code text} in the input; {@code expected} is the engine's value for what the
 * claim asserts (null when unchecked); {@code correction} is a drop-in replacement for
 * {@code input.substring(start, end)} with the wrong part fixed, and is null unless the claim is
 * incorrect.
 */
public record Claim(String text, String kind, String verdict, String expected, int start, int end, String correction) {
  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Verdict v = Verdict.ofLabel(Objects.requireNonNull(verdict, "verdict"));
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("illegal span: " + start + ".." + end + ", must be 0 <= start <= end");
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException("span " + start + ".." + end + " does not fit text '" + text + "'");
    }
    if ((v == Verdict.INCORRECT) != (correction != null)) {
      throw new IllegalArgumentException("a correction is given exactly when the claim is incorrect: " + text);
    }
  }

  static Claim of(String input, String kind, Verdict verdict, String expected, int start, int end, String correction) {
    return new Claim(input.substring(start, end), kind, verdict.label(), expected, start, end,
        verdict == Verdict.INCORRECT ? correction : null);
  }

  /** The verdict as an enum. */
  public Verdict outcome() {
    return Verdict.ofLabel(verdict);
  }
}
