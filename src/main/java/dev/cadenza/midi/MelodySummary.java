package dev.cadenza.midi;

import java.util.List;

/**
 * The top voice: its compass, overall shape, largest leaps and the notes outside the harmony.
 *
 * @param lowest the lowest note, spelled with its octave, e.g. "D4"
 * @param highest the highest note
 * @param rangeSemitones semitones from lowest to highest
 * @param range the same span as an interval name, e.g. "major tenth"
 * @param contour "arch", "inverted arch", "ascending", "descending", "wave" or "level"
 * @param noteCount notes in the top voice
 * @param largestLeaps up to three leaps of a fourth or more, largest first
 * @param nonChordTones notes outside the chord sounding with them, in order (at most {@value #MAX_LISTED})
 * @param nonChordToneCount all of them, listed or not
 */
public record MelodySummary(String lowest, String highest, int rangeSemitones, String range, String contour,
    int noteCount, List<Leap> largestLeaps, List<NonChordTone> nonChordTones, int nonChordToneCount) {

  /** The most non-chord tones listed one by one. */
  public static final int MAX_LISTED = 100;

  public MelodySummary {
    largestLeaps = List.copyOf(largestLeaps);
    nonChordTones = List.copyOf(nonChordTones);
  }

  /** A leap in the top voice into the note at {@code bar} and {@code beat}; {@code semitones} is negative downwards. */
  public record Leap(int bar, double beat, String from, String to, int semitones, String interval) {}

  /**
   * A melody note that does not belong to the chord under it.
   *
   * @param type "passing tone", "neighbour tone", "suspension", "retardation", "appoggiatura",
   *     "escape tone", "anticipation" or "non-chord tone" when none fits
   */
  public record NonChordTone(int bar, double beat, String note, String type) {}
}
