package dev.cadenza.finetune;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * The roots and keys questions are drawn from, in a fixed order so that seeded choices repeat. Common
 * roots carry at most one accidental; standard keys have at most seven sharps or flats.
 */
final class Subjects {
  /** Naturals, sharps and flats: the 21 spellings of everyday music. */
  static final List<Note> COMMON_ROOTS = roots(-1, 1);
  /** Double sharps and double flats: the 14 spellings that appear in theoretical keys and exercises. */
  static final List<Note> RARE_ROOTS = doubles();
  /** The 30 keys with up to seven sharps or flats, majors first. */
  static final List<Key> STANDARD_KEYS = keys(0, 7);
  /** Keys with eight to fourteen sharps or flats (double accidentals in the signature). */
  static final List<Key> THEORETICAL_KEYS = keys(8, 14);

  private Subjects() {}

  private static List<Note> roots(int lowest, int highest) {
    List<Note> roots = new ArrayList<>();
    for (int accidental = lowest; accidental <= highest; accidental++) {
      for (Letter letter : Letter.values()) {
        roots.add(Note.of(letter, accidental));
      }
    }
    return List.copyOf(roots);
  }

  private static List<Note> doubles() {
    List<Note> roots = new ArrayList<>(roots(-2, -2));
    roots.addAll(roots(2, 2));
    return List.copyOf(roots);
  }

  private static List<Key> keys(int fewest, int most) {
    List<Note> tonics = new ArrayList<>(COMMON_ROOTS);
    tonics.addAll(RARE_ROOTS);
    List<Key> keys = new ArrayList<>();
    for (Key.Mode mode : Key.Mode.values()) {
      for (Note tonic : tonics) {
        int fifths = Math.abs(signatureSize(tonic, mode));
        if (fifths >= fewest && fifths <= most) {
          keys.add(new Key(tonic, mode));
        }
      }
    }
    return List.copyOf(keys);
  }

  /** Sharps (positive) or flats (negative) of a key, or a size beyond any signature when it has none. */
  private static int signatureSize(Note tonic, Key.Mode mode) {
    try {
      return new Key(tonic, mode).fifths();
    } catch (IllegalArgumentException beyondDoubleAccidentals) {
      return Integer.MAX_VALUE;
    }
  }
}
