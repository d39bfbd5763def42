package dev.cadenza.midi;

import java.util.List;

/**
 * Everything {@link MidiWriter} writes: a conductor track (title, tempo, time signature, optional
 * key signature) and one track per part.
 *
 * @param title written as the name of the conductor track
 * @param bpm quarter notes per minute, 10 to 400
 * @param keySignature sharps (negative for flats, -7 to 7), or null to write no key signature
 * @param minor the mode written with the key signature
 */
public record MidiSong(String title, double bpm, TimeSignature meter, Integer keySignature, boolean minor,
    List<MidiPart> parts) {

  /** A moderate default tempo. */
  public static final double DEFAULT_BPM = 96;

  public MidiSong {
    if (title == null) {
      throw new IllegalArgumentException("illegal title: null, must be text (may be empty)");
    }
    if (!(bpm >= 10 && bpm <= 400)) {
      throw new IllegalArgumentException("illegal bpm: " + bpm + ", must be 10 to 400");
    }
    if (meter == null) {
      throw new IllegalArgumentException("illegal meter: null");
    }
    if (keySignature != null && (keySignature < -7 || keySignature > 7)) {
      throw new IllegalArgumentException("illegal keySignature: " + keySignature + ", must be -7 to 7 or null");
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("illegal parts: none, must have at least one");
    }
    parts = List.copyOf(parts);
  }

  /** A song in 4/4 at the default tempo with no key signature. */
  public static MidiSong of(String title, List<MidiPart> parts) {
    return new MidiSong(title, DEFAULT_BPM, TimeSignature.COMMON_TIME, null, false, parts);
  }

  /** This song in another meter. */
  public MidiSong withMeter(TimeSignature newMeter) {
    return new MidiSong(title, bpm, newMeter, keySignature, minor, parts);
  }

  /** This song with a key-signature event. */
  public MidiSong withKeySignature(int sharps, boolean isMinor) {
    return new MidiSong(title, bpm, meter, sharps, isMinor, parts);
  }
}
