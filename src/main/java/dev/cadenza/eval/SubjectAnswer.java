package dev.cadenza.eval;

import java.util.List;
import java.util.Objects;

/**
 * What the system under evaluation returned for one question.
 *
 * @param text the answer as a user sees it, citation markers included
 * @param rankedDocIds ids of the documents whose passages were retrieved, most relevant first
 * @param covered false when the answerer said its sources do not cover the question
 * @param latencyMs wall-clock time of answering, retrieval and generation together
 */
public record SubjectAnswer(String text, List<String> rankedDocIds, boolean covered, double latencyMs) {
  public SubjectAnswer {
    Objects.requireNonNull(text, "text");
    rankedDocIds = List.copyOf(rankedDocIds);
    if (latencyMs < 0) throw new IllegalArgumentException("illegal latencyMs: " + latencyMs + ", must be >= 0");
  }
}
