package dev.cadenza.route;

import dev.cadenza.theory.qa.Intent;
import java.util.Objects;

/**
 * Where a question goes and how sure the router is.
 *
 * @param intent the intent to answer with: the model's best guess, or {@link Intent#CONCEPTUAL} when that guess was
 *     below the confidence threshold
 * @param confidence the model's probability for its best guess, in [0, 1], kept on a fallback so callers can see
 *     why the question went to retrieval
 */
public record Routing(Intent intent, double confidence) {
  public Routing {
    Objects.requireNonNull(intent, "intent");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("illegal confidence: " + confidence + ", must be in [0, 1]");
    }
  }

  /**
   * Routes to {@code best} when {@code confidence >= threshold}, else to {@link Intent#CONCEPTUAL}: a wrong
   * computable route gives a confidently wrong answer, a conceptual one only a less exact answer.
   */
  static Routing gated(Intent best, double confidence, double threshold) {
    return new Routing(confidence >= threshold ? best : Intent.CONCEPTUAL, confidence);
  }
}
