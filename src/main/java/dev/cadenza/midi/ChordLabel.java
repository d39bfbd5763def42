package dev.cadenza.midi;

/**
 * A chord change.
 *
 * @param bar 1-based bar where the chord starts
 * @param beat 1-based beat in that bar
 * @param symbol a lead-sheet symbol, e.g. "G7" or "C/E"
 * @param roman the Roman numeral in the local key, e.g. "V7" or "I6"
 */
public record ChordLabel(int bar, double beat, String symbol, String roman) {}
