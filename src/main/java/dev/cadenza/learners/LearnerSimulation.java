package dev.cadenza.learners;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Runs simulated learners through real adaptive practice (generation, grading, ratings, reviews, misconception
 * targeting, storage) and records their trajectories: every block of items, the mean rating over the topics
 * practised, the block's accuracy, and the share of items in the planted misconception's topics.
 */
public final class LearnerSimulation {
  /** Simulated time between two items, so spaced reviews fall due as they would for a real learner. */
  static final Duration PACE = Duration.ofSeconds(20);

  /** One block of a learner's run. */
  public record Block(int itemsSoFar, double meanRating, double accuracy, double misconceptionShare) {}

  /**
   * A learner's whole run: the blocks, the item after which the letter-name misconception was first detected (open
   * and shown twice), the share of items in its topics while practice was not turned to it and while it was, and
   * what was left of the habit.
   */
  public record Trajectory(SimulatedLearner learner, List<Block> blocks, OptionalInt detectedAfter,
      double shareUntargeted, double shareTargeted, double habitLeft) {}

  private final LearnerRepository repository;
  private final Exercises exercises = new Exercises();
  private final long seed;

  public LearnerSimulation(LearnerRepository repository, long seed) {
    this.repository = repository;
    this.seed = seed;
  }

  /** The usual three: strong, weak, and one who spells by sound. */
  public static List<SimulatedLearner> standardLearners() {
    return List.of(new SimulatedLearner("strong", 1400, false), new SimulatedLearner("weak", 800, false),
        new SimulatedLearner("spells-by-sound", 1200, true));
  }

  public Trajectory run(SimulatedLearner learner, int items, int blockSize) {
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-01-01T00:00:00Z"));
    Practice practice = new Practice(repository, exercises, Sources.topicDocuments(), clock, seed);
    SplittableRandom random = new SplittableRandom(seed ^ learner.name().hashCode());
    String id = practice.createLearner();
    List<Block> blocks = new ArrayList<>();
    Integer detected = null;
    int right = 0;
    int targeted = 0;
    int[] sharesUntargeted = new int[2];
    int[] sharesTargeted = new int[2];
    double habit = 1;
    for (int i = 1; i <= items; i++) {
      List<Attempt> attempts = repository.attempts(id);
      boolean targetedNow = Misconceptions.target(attempts, List.of()).equals(Optional.of(Misconception.LETTER_NAME));
      if (detected == null && Misconceptions.detected(attempts, List.of()).contains(Misconception.LETTER_NAME)) {
        detected = i - 1;
      }
      PracticeItem item = practice.next(id, Optional.empty());
      Exercise exercise = exercises.rebuild(repository.issued(item.itemId()).orElseThrow().itemKey());
      boolean inTopics = Misconception.LETTER_NAME.topics().contains(exercise.topic());
      int[] shares = targetedNow ? sharesTargeted : sharesUntargeted;
      shares[0] += inTopics ? 1 : 0;
      shares[1]++;
      targeted += inTopics ? 1 : 0;
      clock.advance(PACE);
      Feedback feedback = practice.answer(id, item.itemId(), learner.answer(exercise, exercises, random, habit));
      right += feedback.correct() ? 1 : 0;
      if (feedback.misconception() != null && feedback.misconception().id().equals(Misconception.LETTER_NAME.label())) {
        habit *= 1 - SimulatedLearner.UNLEARNING;
      }
      if (i % blockSize == 0) {
        double mean = repository.skillRatings(id).values().stream().mapToDouble(Rating::value).average().orElse(0);
        blocks.add(new Block(i, mean, (double) right / blockSize, (double) targeted / blockSize));
        right = 0;
        targeted = 0;
      }
    }
    return new Trajectory(learner, blocks, detected == null ? OptionalInt.empty() : OptionalInt.of(detected),
        share(sharesUntargeted), share(sharesTargeted), habit);
  }

  private static double share(int[] counts) {
    return counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
  }
}
