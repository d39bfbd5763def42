package dev.cadenza.learners;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Spaced repetition of missed items: a miss brings the item back after a minute; each right answer to it moves it a
 * rung up (10 minutes, an hour, a day, four days) and a right answer on the top rung retires it. A miss on any rung
 * starts it over.
 */
final class ReviewLadder {
  static final List<Duration> RUNGS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1),
      Duration.ofDays(1), Duration.ofDays(4));

  private ReviewLadder() {}

  /** The item's review after this answer, or none when it need not come back. */
  static Optional<Review> after(Optional<Review> before, IssuedItem item, boolean correct, Instant now) {
    if (!correct) {
      return Optional.of(new Review(item.learnerId(), item.itemKey(), item.topic(), now.plus(RUNGS.getFirst()), 0));
    }
    if (before.isEmpty() || before.get().step() + 1 >= RUNGS.size()) {
      return Optional.empty();
    }
    int step = before.get().step() + 1;
    return Optional.of(new Review(item.learnerId(), item.itemKey(), item.topic(), now.plus(RUNGS.get(step)), step));
  }
}
