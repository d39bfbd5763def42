package dev.cadenza.midi;

/**
 * A key-signature event in the file, compared with the key estimated from the notes.
 *
 * @param key the key the event names, e.g. "C major"
 * @param estimated the key the notes suggest at that point
 * @param agrees whether both have the same signature (relative keys agree)
 */
public record KeyHint(int bar, double beat, String key, String estimated, boolean agrees) {}
