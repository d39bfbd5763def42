package dev.cadenza.theory;

import java.util.List;
import java.util.Objects;

/**
 * A Roman numeral realised in a key: its notes from the bass up, a chord symbol (the numeral itself
 * for augmented sixths, which have no standard symbol) and its harmonic function in words.
 */
public record RomanChord(String numeral, Key key, List<Note> notes, String symbol, String function) {
  public RomanChord {
    Objects.requireNonNull(numeral, "numeral");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(function, "function");
    notes = List.copyOf(notes);
    if (notes.isEmpty()) {
      throw new IllegalArgumentException("no notes for " + numeral + " in " + key);
    }
  }

  /** "V7 in Ab major: Eb, G, Bb, Db (Eb7, dominant)". */
  @Override
  public String toString() {
    return numeral + " in " + key + ": " + String.join(", ", notes.stream().map(Note::toString).toList())
        + " (" + symbol + ", " + function + ")";
  }
}
