package dev.cadenza.compose;

import dev.cadenza.theory.Note;
import java.util.Locale;

/**
 * One note of a melody.
 *
 * @param pitch the spelled pitch with its octave (C4 is middle C)
 * @param bar 1-based bar
 * @param onset where it starts in the bar, in quavers from the barline
 * @param eighths its length in quavers
 * @param role what it is over its chord
 */
public record MelodyNote(Note pitch, int bar, int onset, int eighths, Role role) {

  /** How a melody note relates to the chord under it. */
  public enum Role {
    CHORD_TONE,
    PASSING_TONE,
    NEIGHBOUR_TONE;

    /** "chord tone", "passing tone", "neighbour tone". */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** Quavers from the start of the piece. */
  int start() {
    return (bar - 1) * Style.EIGHTHS_PER_BAR + onset;
  }
}
