package dev.cadenza.learners;

import java.time.Instant;
import java.util.Optional;

/** An item handed to a learner: its unguessable id, which exercise it is, and whether it has been answered. */
public record IssuedItem(String id, String learnerId, String itemKey, Topic topic, Instant issuedAt,
    Optional<Instant> answeredAt) {}
