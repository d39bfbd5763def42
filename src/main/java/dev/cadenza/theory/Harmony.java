package dev.cadenza.theory;

import java.util.ArrayList;
import java.util.List;

/** Harmonic function in words, and which triads count as diatonic to a key. */
final class Harmony {
  private static final List<String> FUNCTIONS = List.of(
      "tonic",
      "predominant (supertonic)",
      "tonic prolongation (mediant)",
      "predominant (subdominant)",
      "dominant",
      "tonic substitute (submediant)",
      "dominant (leading-tone chord)");

  private Harmony() {}

  /** The function of a plain numeral's chord: by degree, or borrowed, Neapolitan or chromatic. */
  static String function(RomanNumeral numeral, Chord chord, Key key) {
    List<Note> triad = chord.tones().subList(0, 3);
    int degree = numeral.degree();
    if (isDiatonic(triad, key, degree)) {
      return byDegree(degree, triad, key);
    }
    Key parallel = key.parallel();
    if (isDiatonic(triad, parallel, degree)) {
      return byDegree(degree, triad, parallel) + ", borrowed from the parallel " + parallel.mode().label()
          + " (mode mixture)";
    }
    if (triad.equals(Chord.of(key.tonic().transpose(Interval.parse("m2")), ChordType.MAJOR).tones())) {
      return "predominant: the Neapolitan, a major triad on the lowered second degree";
    }
    return "chromatic chord on " + Interval.between(key.tonic(), chord.root()).degreeLabel();
  }

  private static String byDegree(int degree, List<Note> triad, Key key) {
    boolean subtonic = degree == 7 && Interval.between(key.tonic(), triad.get(0)).semitones() == 10;
    return subtonic ? "subtonic (the dominant of the relative major)" : FUNCTIONS.get(degree - 1);
  }

  /**
   * Whether a root-position triad is diatonic on {@code degree}: built from the major scale, or in
   * minor from natural minor, with the harmonic-minor raised seventh allowed in V and vii°.
   */
  static boolean isDiatonic(List<Note> triad, Key key, int degree) {
    return diatonicTriads(key, degree).contains(triad);
  }

  private static List<List<Note>> diatonicTriads(Key key, int degree) {
    List<Note> scale = key.scale().notes();
    List<Note> natural = List.of(scale.get(degree - 1), scale.get((degree + 1) % 7), scale.get((degree + 3) % 7));
    List<List<Note>> triads = new ArrayList<>();
    triads.add(natural);
    if (key.mode() == Key.Mode.MINOR && (degree == 5 || degree == 7)) {
      Note leadingTone = key.tonic().transpose(Interval.parse("M7"));
      triads.add(natural.stream().map(n -> n.equals(scale.get(6)) ? leadingTone : n).toList());
    }
    return triads;
  }
}
