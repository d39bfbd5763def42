package dev.cadenza.answer;

/**
 * A generated answer.
 *
 * @param covered false when the generator found that its sources do not answer the question
 * @param fallback why another backend answered instead of the configured one, or null
 */
public record Draft(String text, boolean covered, String fallback) {
  public Draft(String text, boolean covered) {
    this(text, covered, null);
  }

  public Draft withFallback(String reason) {
    return new Draft(text, covered, reason);
  }
}
