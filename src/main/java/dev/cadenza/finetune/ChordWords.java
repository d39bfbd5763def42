package dev.cadenza.finetune;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Interval;
import java.util.List;

/** How the dataset names chords and their tones in prose. */
final class ChordWords {
  private ChordWords() {}

  /** "D# major 13th chord", "C major triad": the root-position chord as a noun phrase. */
  static String noun(Chord chord) {
    String name = chord.root() + " " + chord.type().displayName();
    return name.endsWith("triad") ? name : name + " chord";
  }

  /** "a D# major 13th chord", "an F# minor triad". */
  static String described(Chord chord) {
    return Words.withArticle(noun(chord));
  }

  /** "the root", "the major 3rd": the role of a chord tone by its interval above the root. */
  static String role(Interval interval) {
    return interval.number() == 1 ? "the root" : "the " + interval.ordinalName();
  }

  /** "root, major 3rd, perfect 5th and minor 7th". */
  static String roles(Chord chord) {
    List<String> roles = chord.intervals().stream()
        .map(i -> i.number() == 1 ? "root" : i.ordinalName())
        .toList();
    return Words.and(roles);
  }
}
