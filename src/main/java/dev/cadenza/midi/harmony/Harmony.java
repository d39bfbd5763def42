package dev.cadenza.midi.harmony;

import dev.cadenza.midi.key.Tonality;
import java.util.EnumSet;

/** Harmonic functions of chords in a key, by scale degree of the root. */
public final class Harmony {

  private static final int DOMINANT = 7;
  private static final int SUBDOMINANT = 5;
  private static final int LEADING_TONE = 11;

  private Harmony() {}

  /** V, V7, V9 or V7sus4: a major triad or a dominant-quality chord on the fifth degree. */
  public static boolean isDominant(Chord chord, Tonality key) {
    return key.degreeOf(chord.root()) == DOMINANT && EnumSet.of(ChordKind.MAJOR, ChordKind.DOMINANT_SEVENTH,
        ChordKind.DOMINANT_NINTH, ChordKind.DOMINANT_SEVENTH_SUSPENDED_FOURTH).contains(chord.kind());
  }

  /** vii°, vii°7 or viiø7: a diminished chord on the leading tone. */
  public static boolean isLeadingToneChord(Chord chord, Tonality key) {
    ChordKind kind = chord.kind();
    return chord.root() == key.leadingTone() && (kind == ChordKind.DIMINISHED
        || kind == ChordKind.DIMINISHED_SEVENTH || kind == ChordKind.HALF_DIMINISHED_SEVENTH);
  }

  /**
   * I or i (a major tonic in minor counts too: the Picardy third), also with an added sixth or ninth, as
   * pieces in a popular style often end.
   */
  public static boolean isTonic(Chord chord, Tonality key) {
    return chord.root() == key.tonic() && EnumSet.of(ChordKind.MAJOR, ChordKind.MINOR, ChordKind.MAJOR_SIXTH,
        ChordKind.MINOR_SIXTH, ChordKind.ADDED_NINTH, ChordKind.SIX_NINE).contains(chord.kind());
  }

  /** IV or iv. */
  static boolean isSubdominant(Chord chord, Tonality key) {
    return key.degreeOf(chord.root()) == SUBDOMINANT
        && (chord.kind() == ChordKind.MAJOR || chord.kind() == ChordKind.MINOR);
  }

  /** vi in major, VI in minor: the usual goal of a deceptive cadence. */
  public static boolean isSubmediant(Chord chord, Tonality key) {
    return key.minor()
        ? key.degreeOf(chord.root()) == 8 && chord.kind() == ChordKind.MAJOR
        : key.degreeOf(chord.root()) == 9 && chord.kind() == ChordKind.MINOR;
  }
}
