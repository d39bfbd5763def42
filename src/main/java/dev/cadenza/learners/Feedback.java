package dev.cadenza.learners;

import java.util.List;

/**
 * The response to an answer.
 *
 * @param misconception what a wrong answer reveals, or null
 * @param rating the learner's rating in the item's topic before and after
 */
public record Feedback(boolean correct, String expected, String explanation, List<Source> citations,
    MisconceptionNote misconception, RatingChange rating) {

  /** A misconception named for the learner. */
  public record MisconceptionNote(String id, String description) {
    static MisconceptionNote of(Misconception m) {
      return new MisconceptionNote(m.label(), m.description());
    }
  }

  public record RatingChange(String topic, double before, double after) {}
}
