package dev.cadenza.learners;

/** An Elo-style estimate and how many answers it rests on (fewer answers: larger steps). */
public record Rating(double value, int answered) {}
