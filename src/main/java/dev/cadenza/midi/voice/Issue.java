package dev.cadenza.midi.voice;

/**
 * Something to fix, at the 1-based bar and beat where it is heard.
 *
 * @param rule the id of the {@link Rule} broken, e.g. {@code parallel-fifths}
 * @param message what happens there, in plain words
 */
public record Issue(int bar, double beat, String rule, String message) {}
