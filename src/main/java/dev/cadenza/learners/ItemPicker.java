package dev.cadenza.learners;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Chooses a learner's next exercise: a missed item whose review is due, every other turn or so; otherwise a topic (the one
 * asked for, or one where an open misconception shows, or any) and, among a few fresh items of it, the one whose
 * rating is nearest the learner's target.
 */
final class ItemPicker {
  /** Fresh items drawn per choice; more means a closer match to the learner's level. */
  static final int CANDIDATES = 8;
  /** How often practice turns to an open misconception's topics when the learner named no topic. */
  static final double MISCONCEPTION_SHARE = 0.6;
  /** How often a due review takes the turn: the rest go to new items, so a run of misses cannot crowd them out. */
  static final double REVIEW_SHARE = 0.5;

  private final LearnerRepository repository;
  private final Exercises exercises;

  ItemPicker(LearnerRepository repository, Exercises exercises) {
    this.repository = repository;
    this.exercises = exercises;
  }

  /** The exercise and whether it is a review. */
  record Pick(Exercise exercise, boolean review) {}

  Pick next(String learnerId, Optional<Topic> asked, Instant now, RandomGenerator random) {
    Optional<Review> due = repository.dueReviews(learnerId, now).stream()
        .filter(r -> asked.isEmpty() || asked.get() == r.topic())
        .findFirst();
    if (due.isPresent() && random.nextDouble() < REVIEW_SHARE) {
      return new Pick(exercises.rebuild(due.get().itemKey()), true);
    }
    Topic topic = asked.orElseGet(() -> chooseTopic(learnerId, random));
    double learner = Optional.ofNullable(repository.skillRatings(learnerId).get(topic)).map(Rating::value)
        .orElse(Elo.START);
    double target = Elo.target(learner);
    Exercise best = null;
    double bestDistance = Double.MAX_VALUE;
    for (int i = 0; i < CANDIDATES; i++) {
      Exercise candidate = exercises.generate(topic, random);
      double rating = repository.itemRating(candidate.key()).map(Rating::value)
          .orElse(Elo.prior(candidate.difficulty()));
      double distance = Math.abs(rating - target);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return new Pick(best, false);
  }

  private Topic chooseTopic(String learnerId, RandomGenerator random) {
    Optional<Misconception> open = Misconceptions.target(repository.attempts(learnerId), repository.uploads(learnerId));
    if (open.isPresent() && random.nextDouble() < MISCONCEPTION_SHARE) {
      List<Topic> topics = List.copyOf(open.get().topics());
      return Draws.one(topics, random);
    }
    return Draws.one(Arrays.asList(Topic.values()), random);
  }
}
