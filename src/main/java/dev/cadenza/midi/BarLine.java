package dev.cadenza.midi;

/**
 * Where a bar starts, so a client can place bar and beat positions in time.
 *
 * @param seconds the start of the bar
 * @param beats beats in the bar (the time signature's numerator)
 */
public record BarLine(int bar, double seconds, int beats) {}
