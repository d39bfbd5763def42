package dev.cadenza.theory;

import java.util.List;
import java.util.Objects;

/** One reading of a set of notes as a chord, with the chord tones the notes leave out (the 5th, the 11th). */
public record ChordMatch(Chord chord, List<Note> omitted) {
  public ChordMatch {
    Objects.requireNonNull(chord, "chord");
    omitted = List.copyOf(omitted);
  }

  /** Every tone of the chord is present. */
  public boolean complete() {
    return omitted.isEmpty();
  }

  /** "C6", "Am7/C", "C13 (no 11)". */
  public String symbol() {
    return chord.symbol() + omissionSuffix();
  }

  /** "C major 6th", "A minor 7th, first inversion". */
  public String name() {
    return chord.name() + omissionSuffix();
  }

  private String omissionSuffix() {
    if (omitted.isEmpty()) {
      return "";
    }
    return " (no " + String.join(", no ", omitted.stream()
        .map(n -> String.valueOf(chord.intervalOf(n).orElseThrow().number())).toList()) + ")";
  }
}
