package dev.cadenza.abc;

import dev.cadenza.midi.key.Mode;
import dev.cadenza.theory.Letter;
import java.util.List;

/**
 * A key as a K: field writes it: what it is called and what it does to each letter.
 *
 * @param name "D dorian", "F# minor", or "none" when the field names no tonic
 * @param tonic pitch class of the tonic, or -1 for none
 * @param mode the mode named, null for none
 * @param fifths the signature on the circle of fifths (sharps positive) of the tonic and mode, before
 *     any explicit accidentals; null when no tonic is named
 * @param alterations semitones the signature adds to each letter, by {@link Letter} order (C first)
 */
record WrittenKey(String name, int tonic, Mode mode, Integer fifths, List<Integer> alterations) {

  /** K:none: no tonic and no signature. */
  static final WrittenKey NONE = new WrittenKey("none", -1, null, null, List.of(0, 0, 0, 0, 0, 0, 0));

  WrittenKey {
    alterations = List.copyOf(alterations);
  }

  /** The alteration the signature gives a letter. */
  int alteration(Letter letter) {
    return alterations.get(letter.ordinal());
  }
}
