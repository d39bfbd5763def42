package dev.cadenza.abc;

import java.util.Locale;
import java.util.Optional;

/**
 * How far an accidental reaches within its bar (%%propagate-accidentals): to the same letter in every
 * octave (ABC 2.1's default), in the same octave only, or to its own note only.
 */
enum Propagation {
  PITCH,
  OCTAVE,
  NOT;

  static Optional<Propagation> parse(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "pitch" -> Optional.of(PITCH);
      case "octave" -> Optional.of(OCTAVE);
      case "not" -> Optional.of(NOT);
      default -> Optional.empty();
    };
  }

  /** The key under which an accidental is remembered for the rest of the bar, or -1 when it is not. */
  int scopeKey(int letter, int octave) {
    return switch (this) {
      case PITCH -> letter;
      case OCTAVE -> 7 + letter + 7 * (octave + 16);
      case NOT -> -1;
    };
  }
}
