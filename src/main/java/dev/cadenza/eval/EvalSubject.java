package dev.cadenza.eval;

/** The system under evaluation: answers one question, retrieving {@code k} passages. */
public interface EvalSubject {

  /** Names the answerer in reports, e.g. "embedded". */
  String name();

  SubjectAnswer answer(String question, int k);

  /**
   * Answers a question as part of a conversation, so a follow-up can lean on the question before it.
   * Subjects without conversations answer it alone.
   */
  default SubjectAnswer answer(String question, int k, String conversationId) {
    return answer(question, k);
  }
}
