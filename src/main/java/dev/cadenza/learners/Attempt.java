package dev.cadenza.learners;

import java.time.Instant;
import java.util.Optional;

/** One graded answer, with the learner's rating in the topic after it. */
public record Attempt(String itemId, String learnerId, String itemKey, Topic topic, String answer, boolean correct,
    Optional<Misconception> misconception, Instant answeredAt, long elapsedMillis, double ratingAfter) {}
