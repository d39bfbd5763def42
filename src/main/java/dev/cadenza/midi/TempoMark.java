package dev.cadenza.midi;

/** A tempo in quarter notes per minute, from a bar and beat on. */
public record TempoMark(int bar, double beat, double bpm) {}
