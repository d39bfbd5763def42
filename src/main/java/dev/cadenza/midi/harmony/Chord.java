package dev.cadenza.midi.harmony;

/**
 * A chord found in the music, by pitch class.
 *
 * @param root pitch class of the root
 * @param bass pitch class of the lowest sounding note, which decides the inversion
 */
public record Chord(int root, ChordKind kind, int bass) {

  public Chord {
    if (root < 0 || root > 11 || bass < 0 || bass > 11) {
      throw new IllegalArgumentException("illegal pitch classes: root " + root + ", bass " + bass + ", must be 0 to 11");
    }
  }

  /** Whether a pitch class is a member of the chord. */
  public boolean contains(int pitchClass) {
    return kind.contains(pitchClass - root);
  }

  /** The chord member in the bass, 0 for the root, in the theory engine's order; -1 when the bass is not a member. */
  int inversion() {
    int[] intervals = kind.intervals();
    for (int member = 0; member < intervals.length; member++) {
      if (Math.floorMod(bass - root, 12) == intervals[member]) {
        return member;
      }
    }
    return -1;
  }

  /** The pitch class of the chordal seventh, or -1 for a triad. */
  public int seventh() {
    return kind.isSeventh() ? (root + kind.seventhAbove()) % 12 : -1;
  }

  /** Same root and quality, whatever the bass. */
  public boolean sameHarmony(Chord other) {
    return root == other.root && kind == other.kind;
  }
}
