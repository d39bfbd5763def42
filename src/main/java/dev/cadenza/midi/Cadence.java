package dev.cadenza.midi;

/**
 * A cadence, placed at the arrival chord.
 *
 * @param type "PAC" (perfect authentic), "IAC" (imperfect authentic), "HC" (half), "plagal" or "deceptive"
 * @param key the local key, e.g. "G major"
 * @param progression the two chords as Roman numerals, e.g. "V7–I"
 */
public record Cadence(int bar, double beat, String type, String key, String progression) {}
