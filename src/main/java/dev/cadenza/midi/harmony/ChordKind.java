package dev.cadenza.midi.harmony;

import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Interval;

/**
 * The chord qualities the harmonic analysis recognises: the triads and seventh chords of
 * common-practice harmony, each backed by the theory engine's {@link ChordType} for spelling.
 */
enum ChordKind {
  MAJOR(ChordType.MAJOR),
  MINOR(ChordType.MINOR),
  DIMINISHED(ChordType.DIMINISHED),
  AUGMENTED(ChordType.AUGMENTED),
  DOMINANT_SEVENTH(ChordType.DOMINANT_SEVENTH),
  MAJOR_SEVENTH(ChordType.MAJOR_SEVENTH),
  MINOR_SEVENTH(ChordType.MINOR_SEVENTH),
  HALF_DIMINISHED_SEVENTH(ChordType.HALF_DIMINISHED_SEVENTH),
  DIMINISHED_SEVENTH(ChordType.DIMINISHED_SEVENTH);

  private final ChordType type;
  private final int[] intervals;

  ChordKind(ChordType type) {
    this.type = type;
    this.intervals = type.intervals().stream().mapToInt(Interval::semitones).toArray();
  }

  /** The theory engine's chord type, for spelling and symbols. */
  ChordType type() {
    return type;
  }

  /** Semitones of each chord member above the root, root first. */
  int[] intervals() {
    return intervals.clone();
  }

  boolean isSeventh() {
    return intervals.length == 4;
  }

  /** Whether the chord contains a given number of semitones above its root. */
  boolean contains(int semitones) {
    for (int interval : intervals) {
      if (interval == Math.floorMod(semitones, 12)) {
        return true;
      }
    }
    return false;
  }
}
