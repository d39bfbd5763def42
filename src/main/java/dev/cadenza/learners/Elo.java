package dev.cadenza.learners;

/**
 * Elo-style ratings for learners (per topic) and items on one scale: a learner rated like an item answers it right
 * half the time, 400 points above ten times as often as wrong. New ratings move in large steps that shrink as
 * answers accumulate; an item's first rating comes from its generated difficulty.
 */
final class Elo {
  /** A new learner's rating in every topic, and the rating of a difficulty-2 item. */
  static final double START = 1000;
  /** Practice aims at items answered right about 70% of the time: hard enough to learn from, easy enough to go on. */
  static final double TARGET_SUCCESS = 0.7;
  private static final double SCALE = 400;
  private static final double POINTS_PER_DIFFICULTY = 150;

  private Elo() {}

  /** The chance that a learner at {@code learner} answers an item at {@code item} right. */
  static double expected(double learner, double item) {
    return 1 / (1 + Math.pow(10, (item - learner) / SCALE));
  }

  /** The item rating a learner at {@code learner} answers right with the target chance. */
  static double target(double learner) {
    return learner - SCALE * Math.log10(TARGET_SUCCESS / (1 - TARGET_SUCCESS));
  }

  /** An unanswered item's rating from its difficulty (1..5): 850, 1000, 1150, 1300, 1450. */
  static double prior(int difficulty) {
    return START + POINTS_PER_DIFFICULTY * (difficulty - 2);
  }

  /** Step size for a learner: 48 at first, falling toward 16 as the topic's answers accumulate. */
  static double learnerStep(int answered) {
    return 16 + 32 / (1 + answered / 10.0);
  }

  /** Step size for an item: 24 at first, falling toward 4; many learners share an item, so it settles more. */
  static double itemStep(int answered) {
    return 4 + 20 / (1 + answered / 10.0);
  }

  /** Both ratings after one answer. */
  static Rating[] update(Rating learner, Rating item, boolean correct) {
    double surprise = (correct ? 1 : 0) - expected(learner.value(), item.value());
    return new Rating[] {
      new Rating(learner.value() + learnerStep(learner.answered()) * surprise, learner.answered() + 1),
      new Rating(item.value() - itemStep(item.answered()) * surprise, item.answered() + 1)
    };
  }
}
