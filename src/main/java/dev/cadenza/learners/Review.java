package dev.cadenza.learners;

import java.time.Instant;

/** A missed item due to come back: when, and which step of the spacing ladder it has reached. */
public record Review(String learnerId, String itemKey, Topic topic, Instant dueAt, int step) {}
