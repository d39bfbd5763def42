package dev.cadenza.theory;

/** The seven note letters in scale order from C, each with the pitch class of its natural note. */
public enum Letter {
  C(0),
  D(2),
  E(4),
  F(5),
  G(7),
  A(9),
  B(11);

  private static final Letter[] VALUES = values();

  private final int pitchClass;

  Letter(int pitchClass) {
    this.pitchClass = pitchClass;
  }

  /** The pitch class of the natural note, 0 for C to 11 for B. */
  public int pitchClass() {
    return pitchClass;
  }

  /** The letter {@code steps} letters above this one (below when negative), wrapping round B to C. */
  public Letter plus(int steps) {
    return VALUES[Math.floorMod(ordinal() + steps, VALUES.length)];
  }

  /** Letter steps from this letter up to {@code other}, 0 to 6. */
  public int stepsUpTo(Letter other) {
    return Math.floorMod(other.ordinal() - ordinal(), VALUES.length);
  }

  static Letter of(char c) {
    return valueOf(String.valueOf(Character.toUpperCase(c)));
  }
}
