package dev.cadenza.abc;

/** ABC's accidental signs: ^ sharp, ^^ double sharp, _ flat, __ double flat, = natural. */
final class Accidental {

  private Accidental() {}

  /** The alteration in semitones of a sign read as one of the five forms. */
  static int semitones(String sign) {
    return switch (sign) {
      case "^^" -> 2;
      case "^" -> 1;
      case "=" -> 0;
      case "_" -> -1;
      case "__" -> -2;
      default -> throw new IllegalArgumentException("not an ABC accidental: " + sign);
    };
  }
}
