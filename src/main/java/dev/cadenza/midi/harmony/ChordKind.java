package dev.cadenza.midi.harmony;

import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Interval;
import java.util.List;

/**
 * The chord qualities the harmonic analysis recognises, each backed by the theory engine's {@link ChordType}
 * for spelling: the triads and seventh chords of common-practice harmony, the suspended chords, the sixth
 * and added-ninth chords and the three common ninth chords.
 *
 * <p>Order matters: where two kinds hold the same pitch classes and neither has its root in the bass, the
 * matcher keeps the one listed first. So C E G A is C6 only over C; over A, E or G it is Am7 in the
 * matching inversion (the seventh-chord reading, the one common-practice analysis uses). Likewise C D G is
 * Csus2 over C and Gsus4 over G or over D.
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
  DIMINISHED_SEVENTH(ChordType.DIMINISHED_SEVENTH),
  SUSPENDED_FOURTH(ChordType.SUSPENDED_FOURTH),
  SUSPENDED_SECOND(ChordType.SUSPENDED_SECOND),
  DOMINANT_SEVENTH_SUSPENDED_FOURTH(ChordType.DOMINANT_SEVENTH_SUSPENDED_FOURTH),
  MAJOR_SIXTH(ChordType.MAJOR_SIXTH),
  MINOR_SIXTH(ChordType.MINOR_SIXTH),
  ADDED_NINTH(ChordType.ADDED_NINTH),
  SIX_NINE(ChordType.SIX_NINE),
  DOMINANT_NINTH(ChordType.DOMINANT_NINTH),
  MAJOR_NINTH(ChordType.MAJOR_NINTH),
  MINOR_NINTH(ChordType.MINOR_NINTH);

  private final ChordType type;
  private final int[] intervals;
  private final int[] colours;
  private final int[] required;
  private final int seventh;

  ChordKind(ChordType type) {
    this.type = type;
    List<Interval> members = type.intervals();
    this.intervals = members.stream().mapToInt(interval -> interval.semitones() % 12).toArray();
    this.colours = members.stream().filter(ChordKind::isColour).mapToInt(interval -> interval.semitones() % 12)
        .toArray();
    this.required = colours.length == 0 ? new int[0]
        : members.stream().filter(interval -> interval.number() != 5).mapToInt(interval -> interval.semitones() % 12)
            .toArray();
    this.seventh = members.stream().filter(interval -> interval.number() == 7).mapToInt(Interval::semitones)
        .findFirst().orElse(-1);
  }

  /** A colour tone: the suspended second or fourth, the added sixth, the ninth. */
  private static boolean isColour(Interval interval) {
    return List.of(2, 4, 6, 9).contains(interval.number());
  }

  /** The theory engine's chord type, for spelling and symbols. */
  ChordType type() {
    return type;
  }

  /** Semitones above the root of the colour tones (sus, sixth, ninth), which must sound as chord tones. */
  int[] colourTones() {
    return colours.clone();
  }

  /**
   * Members that must all sound for the chord to be named: for a sus, sixth or ninth chord every member but the
   * fifth (a Bb9 without its D is an Fm chord with a passing Bb); none for triads and sevenths, which may lack one.
   */
  int[] requiredTones() {
    return required.clone();
  }

  /** A plain triad: major, minor, diminished or augmented. */
  boolean isTriad() {
    return intervals.length == 3 && colours.length == 0;
  }

  /** Semitones (within the octave) of each chord member above the root, root first, in the engine's order. */
  int[] intervals() {
    return intervals.clone();
  }

  /** Whether the chord has a seventh (a ninth chord has one too). */
  boolean isSeventh() {
    return seventh >= 0;
  }

  /** Semitones from the root up to the seventh, or -1 when the chord has none. */
  int seventhAbove() {
    return seventh;
  }

  /** Members beyond the three of a triad: 1 for a seventh or sixth chord, 2 for a ninth or 6/9 chord. */
  int addedTones() {
    return intervals.length - 3;
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
