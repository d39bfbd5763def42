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
 * @param computed true when the answer was computed (a fingering, a melody) without retrieving anything, so
 *     that it says nothing of retrieval and is left out of recall@k and MRR
 * @param sourceText the text of the passages the answerer was handed, one after another; empty where the subject
 *     does not report them
 */
public record SubjectAnswer(String text, List<String> rankedDocIds, boolean covered, double latencyMs,
    boolean computed, String sourceText) {
  public SubjectAnswer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceText, "sourceText");
    rankedDocIds = List.copyOf(rankedDocIds);
    if (latencyMs < 0) throw new IllegalArgumentException("illegal latencyMs: " + latencyMs + ", must be >= 0");
  }

  /** An answer that went through retrieval, its passages unreported. */
  public SubjectAnswer(String text, List<String> rankedDocIds, boolean covered, double latencyMs) {
    this(text, rankedDocIds, covered, latencyMs, false);
  }

  public SubjectAnswer(String text, List<String> rankedDocIds, boolean covered, double latencyMs, boolean computed) {
    this(text, rankedDocIds, covered, latencyMs, computed, "");
  }
}
