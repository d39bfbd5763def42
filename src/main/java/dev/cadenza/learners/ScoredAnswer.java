package dev.cadenza.learners;

import java.util.Optional;

/**
 * Everything one answer changes: the attempt, the learner's rating (before, for the feedback, and after), the item's
 * rating, and the item's review (none: no longer due).
 */
public record ScoredAnswer(Attempt attempt, Rating learnerBefore, Rating learnerAfter, Rating itemAfter,
    Optional<Review> reviewAfter) {}
