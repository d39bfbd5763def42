package dev.cadenza.midi;

/**
 * A note to write.
 *
 * @param pitch MIDI note number, 0 to 127
 * @param onset start in quarter notes from the beginning, not negative
 * @param duration length in quarter notes, positive
 * @param velocity loudness, 1 to 127
 */
public record MidiNote(int pitch, double onset, double duration, int velocity) {

  /** A comfortable mezzo-forte. */
  public static final int DEFAULT_VELOCITY = 80;

  public MidiNote {
    if (pitch < 0 || pitch > 127) {
      throw new IllegalArgumentException("illegal pitch: " + pitch + ", must be 0 to 127");
    }
    if (!(onset >= 0) || Double.isInfinite(onset)) {
      throw new IllegalArgumentException("illegal onset: " + onset + ", must be >= 0");
    }
    if (!(duration > 0) || Double.isInfinite(duration)) {
      throw new IllegalArgumentException("illegal duration: " + duration + ", must be > 0");
    }
    if (velocity < 1 || velocity > 127) {
      throw new IllegalArgumentException("illegal velocity: " + velocity + ", must be 1 to 127");
    }
  }

  /** A note at the default velocity. */
  public static MidiNote of(int pitch, double onset, double duration) {
    return new MidiNote(pitch, onset, duration, DEFAULT_VELOCITY);
  }

  double end() {
    return onset + duration;
  }
}
