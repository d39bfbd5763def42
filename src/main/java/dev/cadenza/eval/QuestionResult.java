package dev.cadenza.eval;

import java.util.List;

/**
 * One row of an evaluation report: a question, the answer it got and its scores.
 *
 * @param question the question as asked; for a follow-up, the follow-up (the first turn is {@code firstQuestion})
 * @param facts the fact checker's counts for the answer, or null when no checker ran
 * @param firstRelevantRank 1-based rank of the first relevant document among those retrieved, 0 when
 *     none was retrieved, null when the question names no relevant documents
 * @param firstQuestion for a follow-up, the first question of the conversation; null otherwise
 * @param firstAnswer for a follow-up, the answer to the first question; null otherwise
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
    double latencyMs,
    QuestionKind kind,
    AnswerChecks checks,
    String firstQuestion,
    String firstAnswer) {

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

  public boolean refused() {
    return !covered;
  }

  /**
   * Whether the answer does what its kind asks: an out-of-scope question is refused; a false premise is
   * refused or corrected in the first sentence; an in-scope question is answered and covers all its key facts.
   */
  public boolean handled() {
    return switch (kind) {
      case OUT_OF_SCOPE -> refused();
      case FALSE_PREMISE -> refused() || (checks.keyFactGroups() > 0 && checks.allKeyFactsCovered());
      case OPEN, COMPUTED, FOLLOW_UP -> covered && checks.allKeyFactsCovered();
    };
  }
}
