package dev.cadenza.answer;

import java.util.Optional;

/**
 * Questions answered by a computation of their own, ahead of the theory engine and retrieval: a melody
 * written over a progression, a piano fingering. The answer is exact, so nothing is retrieved or cited.
 */
public interface TaskAnswers {

  /** Answers nothing: every question goes through the usual pipeline. */
  TaskAnswers NONE = question -> Optional.empty();

  /** The computed answer, or empty when the question is not such a task. */
  Optional<TaskAnswer> answer(String question);

  /**
   * A computed answer.
   *
   * @param intent e.g. "melody_composition" or "piano_fingering"
   * @param text the answer for the reader
   * @param music the structured result for pages to draw (docs/piano.md)
   */
  record TaskAnswer(String intent, String text, Object music) {}
}
