package dev.cadenza.finetune;

/**
 * Re-checks the facts an answer states; the dataset keeps only answers with no incorrect claim.
 * Implementations must be thread-safe: answers are checked in parallel.
 */
@FunctionalInterface
public interface AnswerCheck {
  /** The verdicts on every claim found; may throw when the answer cannot be read. */
  ClaimCounts check(String answer);

  /** Recorded in stats.json so a dataset says what checked it. */
  default String name() {
    return getClass().getSimpleName();
  }
}
