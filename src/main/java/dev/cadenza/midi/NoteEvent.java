package dev.cadenza.midi;

/**
 * A note for playback and the piano roll.
 *
 * @param pitch MIDI note number
 * @param name the pitch spelled in its local key, e.g. "F#4"; "" for percussion
 * @param onset start in seconds
 * @param duration length in seconds
 * @param track 0-based track index
 * @param channel 0-based channel; 9 is percussion
 */
public record NoteEvent(int pitch, String name, double onset, double duration, int velocity, int track, int channel) {}
