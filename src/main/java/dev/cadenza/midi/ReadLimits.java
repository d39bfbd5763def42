package dev.cadenza.midi;

/**
 * Bounds that keep reading a hostile or accidental file cheap; a file over any bound is refused
 * with a {@link MidiException} before the notes are built.
 *
 * @param maxBytes largest accepted file
 * @param maxTracks most track chunks a header may declare
 * @param maxEvents most events over all tracks (each costs a few objects once parsed)
 * @param maxNotes most notes over all tracks
 * @param maxQuarterNotes longest accepted piece, in quarter notes, and most bars, so analysis loops
 *     stay bounded
 */
public record ReadLimits(int maxBytes, int maxTracks, int maxEvents, int maxNotes, int maxQuarterNotes) {

  /** 5 MB: far more than any hand-made or exported piece. */
  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
  /** 256 tracks: orchestral exports use a few dozen. */
  public static final int DEFAULT_MAX_TRACKS = 256;
  /** One million events: about 5 MB of densely packed events. */
  public static final int DEFAULT_MAX_EVENTS = 1_000_000;
  /** 200,000 notes: hours of dense piano music. */
  public static final int DEFAULT_MAX_NOTES = 200_000;
  /** 50,000 quarter notes: about seven hours at 120 beats per minute. */
  public static final int DEFAULT_MAX_QUARTER_NOTES = 50_000;

  public ReadLimits {
    requirePositive("maxBytes", maxBytes);
    requirePositive("maxTracks", maxTracks);
    requirePositive("maxEvents", maxEvents);
    requirePositive("maxNotes", maxNotes);
    requirePositive("maxQuarterNotes", maxQuarterNotes);
  }

  /** The defaults named above. */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_TRACKS, DEFAULT_MAX_EVENTS, DEFAULT_MAX_NOTES,
        DEFAULT_MAX_QUARTER_NOTES);
  }

  /** These limits with another size limit. */
  public ReadLimits withMaxBytes(int bytes) {
    return new ReadLimits(bytes, maxTracks, maxEvents, maxNotes, maxQuarterNotes);
  }

  /** These limits with another note limit. */
  public ReadLimits withMaxNotes(int notes) {
    return new ReadLimits(maxBytes, maxTracks, maxEvents, notes, maxQuarterNotes);
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("illegal " + name + ": " + value + ", must be >= 1");
    }
  }
}
