package dev.cadenza.midi.key;

/**
 * A key as the statistics see it: a tonic pitch class and a mode. Spelling its name is
 * {@link PitchNames}' job.
 *
 * @param tonic pitch class of the tonic, 0 = C to 11 = B
 */
public record Tonality(int tonic, boolean minor) {

  public Tonality {
    if (tonic < 0 || tonic > 11) {
      throw new IllegalArgumentException("illegal tonic pitch class: " + tonic + ", must be 0 to 11");
    }
  }

  /** The 24 keys, majors first, each in tonic order from C. */
  static Tonality ofIndex(int index) {
    return new Tonality(index % 12, index >= 12);
  }

  public int index() {
    return (minor ? 12 : 0) + tonic;
  }

  /** The major key that shares this key's signature: itself, or the relative major. */
  public int relativeMajorTonic() {
    return minor ? (tonic + 3) % 12 : tonic;
  }

  /** Semitones from the tonic up to a pitch class, 0 to 11. */
  public int degreeOf(int pitchClass) {
    return Math.floorMod(pitchClass - tonic, 12);
  }

  /** The pitch class a number of semitones above the tonic. */
  int pitchClassAt(int semitones) {
    return Math.floorMod(tonic + semitones, 12);
  }

  /** The leading tone, a semitone below the tonic (raised in minor). */
  public int leadingTone() {
    return pitchClassAt(11);
  }

  public String mode() {
    return minor ? "minor" : "major";
  }
}
