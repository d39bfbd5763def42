package dev.cadenza.midi;

/**
 * One sounding note read from a file or a tune.
 *
 * @param onset start in quarter notes from the beginning of the file
 * @param duration length in quarter notes, always positive
 * @param onsetSeconds start in seconds, through the tempo map
 * @param durationSeconds length in seconds
 * @param pitch MIDI note number, 60 = middle C
 * @param velocity 1 to 127
 * @param track 0-based index of the track chunk
 * @param channel 0-based MIDI channel; 9 is General MIDI percussion
 */
public record Note(double onset, double duration, double onsetSeconds, double durationSeconds, int pitch, int velocity,
    int track, int channel) {

  /** The General MIDI percussion channel (channel 10 counted from one). */
  static final int DRUM_CHANNEL = 9;

  public Note {
    if (!(duration > 0)) {
      throw new IllegalArgumentException("illegal duration: " + duration + ", must be > 0");
    }
    if (pitch < 0 || pitch > 127) {
      throw new IllegalArgumentException("illegal pitch: " + pitch + ", must be 0 to 127");
    }
  }

  public double end() {
    return onset + duration;
  }

  public int pitchClass() {
    return pitch % 12;
  }

  /** Identifies the part the note belongs to: its track and channel together. */
  public int part() {
    return track * 16 + channel;
  }

  /** Whether the note is unpitched percussion and so takes no part in harmony, key or melody. */
  boolean isDrum() {
    return channel == DRUM_CHANNEL;
  }

  /** Quarter notes of this note that fall inside a window. */
  public double overlap(double from, double to) {
    return Math.max(0, Math.min(end(), to) - Math.max(onset, from));
  }
}
