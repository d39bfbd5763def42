package dev.cadenza.finetune;

import dev.cadenza.theory.Key;
import java.util.List;
import java.util.Random;

/** Roman numerals to ask about: diatonic triads and sevenths in every inversion, applied, chromatic, borrowed. */
final class Numerals {
  private static final List<String> MAJOR_TRIADS = List.of("I", "ii", "iii", "IV", "V", "vi", "vii°");
  private static final List<String> MINOR_TRIADS = List.of("i", "ii°", "III", "iv", "V", "VI", "vii°");
  private static final List<String> MAJOR_SEVENTHS = List.of("I", "ii", "iii", "IV", "V", "vi", "viiø");
  private static final List<String> MINOR_SEVENTHS = List.of("i", "iiø", "III", "iv", "V", "VI", "vii°");
  private static final List<String> TRIAD_FIGURES = List.of("", "", "6", "64");
  private static final List<String> SEVENTH_FIGURES = List.of("7", "7", "65", "43", "42");
  private static final List<String> MAJOR_TARGETS = List.of("ii", "iii", "IV", "V", "vi");
  private static final List<String> MINOR_TARGETS = List.of("III", "iv", "V", "VI", "VII");
  private static final List<String> APPLIED =
      List.of("V", "V7", "V65", "V6", "V43", "V42", "vii°", "vii°7", "viiø7");
  private static final List<String> CHROMATIC = List.of("N6", "N", "It+6", "Fr+6", "Ger+6", "Cad64");
  private static final List<String> MAJOR_BORROWED = List.of("iv", "bVI", "bVII", "bIII", "ii°", "iiø7", "i", "iv6");
  private static final List<String> MINOR_BORROWED = List.of("I", "IV", "ii", "bII");

  private Numerals() {}

  /** A numeral for {@code key}: mostly diatonic, sometimes applied, chromatic or borrowed. */
  static String draw(Random random, Key key) {
    boolean major = key.mode() == Key.Mode.MAJOR;
    double kind = random.nextDouble();
    if (kind < 0.35) {
      return Draw.pick(random, major ? MAJOR_TRIADS : MINOR_TRIADS) + Draw.pick(random, TRIAD_FIGURES);
    }
    if (kind < 0.6) {
      return Draw.pick(random, major ? MAJOR_SEVENTHS : MINOR_SEVENTHS) + Draw.pick(random, SEVENTH_FIGURES);
    }
    if (kind < 0.8) {
      return Draw.pick(random, APPLIED) + "/" + Draw.pick(random, major ? MAJOR_TARGETS : MINOR_TARGETS);
    }
    if (kind < 0.9) {
      return Draw.pick(random, CHROMATIC);
    }
    return Draw.pick(random, major ? MAJOR_BORROWED : MINOR_BORROWED);
  }
}
