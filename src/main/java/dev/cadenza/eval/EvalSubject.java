package dev.cadenza.eval;

/** The system under evaluation: answers one question, retrieving {@code k} passages. */
public interface EvalSubject {

  /** Names the answerer in reports, e.g. "embedded". */
  String name();

  SubjectAnswer answer(String question, int k);
}
