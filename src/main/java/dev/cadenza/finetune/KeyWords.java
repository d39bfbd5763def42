package dev.cadenza.finetune;

import dev.cadenza.theory.Key;
import java.util.Optional;

/** How the dataset writes key signatures and related keys. */
final class KeyWords {
  private KeyWords() {}

  /** "no sharps or flats", "one flat: Bb", "nine sharps: F##, C##, G#, D#, A#, E#, B#". */
  static String signature(Key key) {
    int count = Math.max(key.sharps(), key.flats());
    if (count == 0) {
      return "no sharps or flats";
    }
    String kind = key.sharps() > 0 ? "sharp" : "flat";
    return Words.counted(count, kind) + ": " + Words.notes(key.signature())
        + (key.isTheoretical() ? " (each double " + kind + " counts as two)" : "");
  }

  /** "sharps", "flats" or "accidentals" for a key without either. */
  static String kind(Key key) {
    return key.sharps() > 0 ? "sharps" : key.flats() > 0 ? "flats" : "accidentals";
  }

  /** " Its relative minor, A minor, shares this signature." or empty when the relative needs triple accidentals. */
  static String relativeSentence(Key key) {
    return relative(key).map(r -> " Its relative " + r.mode().label() + ", " + r + ", shares this signature.")
        .orElse("");
  }

  private static Optional<Key> relative(Key key) {
    try {
      return Optional.of(key.relative());
    } catch (IllegalArgumentException beyondDoubleAccidentals) {
      return Optional.empty();
    }
  }

  /** "no sharps or flats", "one flat", "nine sharps". */
  static String count(Key key) {
    int count = Math.max(key.sharps(), key.flats());
    return count == 0 ? "no sharps or flats" : Words.counted(count, key.sharps() > 0 ? "sharp" : "flat");
  }
}
