package dev.cadenza.eval;

import java.util.List;

/**
 * One row of an evaluation report: a question, the answer it got and its scores.
 *
 * @param facts the fact checker's counts for the answer, or null when no checker ran
 * @param firstRelevantRank 1-based rank of the first relevant document among those retrieved, 0 when
 *     none was retrieved, null when the question names no relevant documents
 */
public record QuestionResult(
    String id,
    String topic,
    String question,
    String reference,
    String answer,
    boolean covered,
    double exactMatch,
    double tokenF1,
    double embeddingSimilarity,
    FactCounts facts,
    List<String> relevant,
    List<String> retrieved,
    Integer firstRelevantRank,
    double latencyMs) {

  public QuestionResult {
    relevant = List.copyOf(relevant);
    retrieved = List.copyOf(retrieved);
  }

  /** Whether a relevant document was retrieved; null when the question names none. */
  public Boolean hit() {
    return firstRelevantRank == null ? null : firstRelevantRank > 0;
  }

  /** Null when the question names no relevant documents. */
  public Double reciprocalRank() {
    return firstRelevantRank == null ? null : Retrieval.reciprocalRank(firstRelevantRank);
  }
}
