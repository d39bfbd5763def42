package dev.cadenza.theory;

import java.util.Optional;

/** Interval quality, from doubly diminished to doubly augmented. */
public enum Quality {
  DOUBLY_DIMINISHED("dd", "doubly diminished"),
  DIMINISHED("d", "diminished"),
  MINOR("m", "minor"),
  PERFECT("P", "perfect"),
  MAJOR("M", "major"),
  AUGMENTED("A", "augmented"),
  DOUBLY_AUGMENTED("AA", "doubly augmented");

  private final String abbreviation;
  private final String word;

  Quality(String abbreviation, String word) {
    this.abbreviation = abbreviation;
    this.word = word;
  }

  /** "dd", "d", "m", "P", "M", "A" or "AA". */
  public String abbreviation() {
    return abbreviation;
  }

  /** "doubly diminished" to "doubly augmented". */
  public String word() {
    return word;
  }

  /** Whether this quality exists for unisons, fourths, fifths and octaves (perfect-type numbers). */
  boolean fitsPerfectType() {
    return this != MINOR && this != MAJOR;
  }

  /** Whether this quality exists for seconds, thirds, sixths and sevenths. */
  boolean fitsImperfectType() {
    return this != PERFECT;
  }

  /** Semitones added to the perfect or major interval of the same number. */
  int offset(boolean perfectType) {
    return switch (this) {
      case DOUBLY_DIMINISHED -> perfectType ? -2 : -3;
      case DIMINISHED -> perfectType ? -1 : -2;
      case MINOR -> -1;
      case PERFECT, MAJOR -> 0;
      case AUGMENTED -> 1;
      case DOUBLY_AUGMENTED -> 2;
    };
  }

  /** The quality of the inverted interval: major and minor swap, augmented and diminished swap. */
  Quality inverted() {
    return values()[values().length - 1 - ordinal()];
  }

  /** The quality whose offset from the perfect or major interval is {@code offset}, if any. */
  static Optional<Quality> ofOffset(int offset, boolean perfectType) {
    for (Quality q : values()) {
      if ((perfectType ? q.fitsPerfectType() : q.fitsImperfectType()) && q.offset(perfectType) == offset) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }
}
