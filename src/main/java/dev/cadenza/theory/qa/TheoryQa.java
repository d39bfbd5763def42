package dev.cadenza.theory.qa;

import java.util.Optional;

/**
 * Answers computable theory questions exactly: the question is read into typed queries
 * ({@link dev.cadenza.theory.query.QuestionReader}), each is run on the engine and rendered, and the parts are
 * joined in the order asked, a false premise corrected first.
 */
public final class TheoryQa {

  /**
   * The exact answer, or empty when the question is conceptual or names nothing the readers can compute.
   * The answer's intent is the coarse kind of its first part.
   */
  public Optional<TheoryAnswer> answer(String question) {
    return TypedAnswers.answer(question);
  }
}
