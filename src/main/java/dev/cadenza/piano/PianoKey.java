package dev.cadenza.piano;

import dev.cadenza.theory.Note;

/**
 * One key pressed: the spelled note with its octave (C4 is middle C), its MIDI number, the finger
 * (1 thumb to 5 little finger) and whether the key is black.
 */
public record PianoKey(String note, int midi, int finger, boolean black) {

  private static final boolean[] BLACK = {false, true, false, true, false, false, true, false, true, false, true, false};

  public PianoKey {
    if (finger < 1 || finger > 5) {
      throw new IllegalArgumentException("illegal finger: " + finger + ", must be 1..5");
    }
  }

  static PianoKey of(Note note, int finger) {
    return new PianoKey(note.toString(), note.midi(), finger, isBlack(note));
  }

  /** Whether a note is played on a black key: C#/Db, D#/Eb, F#/Gb, G#/Ab, A#/Bb however spelled. */
  public static boolean isBlack(Note note) {
    return BLACK[note.pitchClass()];
  }
}
