package dev.cadenza.theory.verify;

import java.util.Locale;

/** The outcome of checking one claim. */
public enum Verdict {
  /** The engine computed the same fact. */
  CORRECT,
  /** The engine computed a different fact; the claim carries the expected one. */
  INCORRECT,
  /** Recognised as a claim but not confidently checkable. */
  UNCHECKED;

  /** "correct", "incorrect" or "unchecked", as written in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Verdict ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
