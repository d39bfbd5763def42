package dev.cadenza.compose;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import java.util.ArrayList;
import java.util.List;

/**
 * The key a progression implies. Each chord root, major and minor, is a candidate (keys needing more
 * than seven sharps or flats are left out: no key signature writes them). A candidate scores the share
 * of chord tones that belong to it as spelled (minor counts its raised sixth and seventh too), less a
 * penalty for each chord with a tone outside it (so one borrowed chord outweighs an ending), plus a
 * bonus when the progression starts on its tonic triad, a larger one when it ends there, and a small one
 * for a dominant just before the end. Ties go to the earlier root, then to major.
 */
final class ImpliedKey {

  private static final double CHROMATIC_CHORD = 1.5;
  private static final double STARTS_ON_TONIC = 1.0;
  private static final double ENDS_ON_TONIC = 1.5;
  private static final double DOMINANT_BEFORE_END = 0.5;
  private static final int MAX_SIGNATURE = 7;

  private ImpliedKey() {}

  static Key of(List<ProgressionChord> chords) {
    Key best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Key candidate : candidates(chords)) {
      double score = score(candidate, chords);
      if (score > bestScore + 1e-9) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no key with at most seven sharps or flats is built on these chords' roots;"
          + " name the key");
    }
    return best;
  }

  private static List<Key> candidates(List<ProgressionChord> chords) {
    List<Key> keys = new ArrayList<>();
    for (ProgressionChord chord : chords) {
      for (Key.Mode mode : Key.Mode.values()) {
        try {
          Key key = new Key(chord.root(), mode);
          if (Math.abs(key.fifths()) <= MAX_SIGNATURE && !keys.contains(key)) {
            keys.add(key);
          }
        } catch (IllegalArgumentException e) {
          // A tonic whose signature would need triple accidentals is no candidate.
        }
      }
    }
    return keys;
  }

  private static double score(Key key, List<ProgressionChord> chords) {
    List<Note> inKey = spellings(key);
    double score = 0;
    for (ProgressionChord chord : chords) {
      long fitting = chord.tones().stream().filter(t -> inKey.stream().anyMatch(t::sameSpelling)).count();
      score += (double) fitting / chord.tones().size() - (fitting < chord.tones().size() ? CHROMATIC_CHORD : 0);
    }
    score += isTonicTriad(chords.getFirst(), key) ? STARTS_ON_TONIC : 0;
    score += isTonicTriad(chords.getLast(), key) ? ENDS_ON_TONIC : 0;
    if (chords.size() > 1) {
      Note dominant = key.tonic().transpose(Interval.parse("P5"));
      score += chords.get(chords.size() - 2).root().sameSpelling(dominant) ? DOMINANT_BEFORE_END : 0;
    }
    return score;
  }

  /** The key's scale plus, in minor, the raised sixth and seventh. */
  static List<Note> spellings(Key key) {
    List<Note> notes = new ArrayList<>(key.scale().notes());
    if (key.mode() == Key.Mode.MINOR) {
      List<Note> melodic = new Scale(key.tonic(), ScaleType.MELODIC_MINOR).notes();
      notes.add(melodic.get(5));
      notes.add(melodic.get(6));
    }
    return notes;
  }

  private static boolean isTonicTriad(ProgressionChord chord, Key key) {
    Note third = key.tonic().transpose(Interval.parse(key.mode() == Key.Mode.MAJOR ? "M3" : "m3"));
    return chord.root().sameSpelling(key.tonic()) && chord.hasTone(third);
  }
}
