package dev.cadenza.midi;

/**
 * A change of key sustained for several bars.
 *
 * @param from the key before, e.g. "C major"
 * @param to the key after, e.g. "G major"
 * @param relation how the new key relates to the old, e.g. "dominant" or "relative minor"
 */
public record Modulation(int bar, double beat, String from, String to, String relation) {}
