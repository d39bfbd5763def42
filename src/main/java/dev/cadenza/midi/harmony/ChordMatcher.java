package dev.cadenza.midi.harmony;

import dev.cadenza.midi.key.Tonality;

/**
 * Names the chord that best explains a window of sounding pitch classes, by template matching:
 * weight on chord tones counts for the chord, weight on other pitch classes (passing tones,
 * suspensions) against it, and each missing chord tone costs a little more for the root. Small
 * bonuses break the usual ties: the bass as root, the simpler triad, chords that belong to the key.
 * A colour tone (the second or fourth of a sus chord, an added sixth, a ninth) counts only when it
 * sounds like a chord tone: for a good share of the window, and struck together with another note.
 * A passing D over a C major beat leaves it C, not Cadd9, and so does a melody's D held through the
 * third beat of a bar whose chord was struck on the first. Such a chord must also sound whole but
 * for its fifth.
 */
final class ChordMatcher {

  /** A pitch class with less than this share of a window's sound is not counted as present. */
  static final double PRESENT = 0.08;
  /** A colour tone must sound at least this share of the window's sound for its chord to be considered. */
  static final double COLOUR_PRESENT = 0.15;
  private static final double MISSING_TONE = 0.15;
  private static final double MISSING_ROOT = 0.2;
  private static final double BASS_IS_ROOT = 0.1;
  /** Cost of each member beyond the triad, so the simpler chord wins when the extra tone is weak. */
  private static final double ADDED_TONE_COST = 0.05;
  private static final double IN_KEY = 0.05;
  private static final double LEADING_TONE_DIMINISHED = 0.06;
  /** Degrees above the tonic that belong to the key; minor includes the raised sixth and seventh. */
  private static final int[] MAJOR_DEGREES = {0, 2, 4, 5, 7, 9, 11};
  private static final int[] MINOR_DEGREES = {0, 2, 3, 5, 7, 8, 9, 10, 11};

  private ChordMatcher() {}

  /**
   * The best chord for a window, or null when fewer than two pitch classes are present.
   *
   * @param weights sounding time of each pitch class in the window
   * @param struckTogether bit mask of the pitch classes struck together with another, which a colour tone must be
   * @param bass pitch class of the lowest note in the window
   * @param triadsOnly leave out all but the plain triads, for the harmony implied by a single melodic line
   */
  static Chord match(double[] weights, int struckTogether, int bass, Tonality key, boolean triadsOnly) {
    double total = 0;
    int present = 0;
    for (double weight : weights) {
      total += weight;
    }
    for (double weight : weights) {
      present += weight >= PRESENT * total && weight > 0 ? 1 : 0;
    }
    if (present < 2) {
      return null;
    }
    Chord best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (ChordKind kind : ChordKind.values()) {
      if (triadsOnly && !kind.isTriad()) {
        continue;
      }
      for (int root = 0; root < 12; root++) {
        if (!coloursSound(weights, struckTogether, total, root, kind)) {
          continue;
        }
        double score = score(weights, total, root, kind, bass, key);
        if (score > bestScore + 1e-9) {
          bestScore = score;
          best = new Chord(root, kind, bass);
        }
      }
    }
    return best;
  }

  private static double score(double[] weights, double total, int root, ChordKind kind, int bass, Tonality key) {
    double inside = 0;
    double score = 0;
    boolean inKey = true;
    for (int interval : kind.intervals()) {
      int pc = (root + interval) % 12;
      inside += weights[pc];
      if (weights[pc] < PRESENT * total) {
        score -= interval == 0 ? MISSING_TONE + MISSING_ROOT : MISSING_TONE;
      }
      inKey &= belongsTo(key, pc);
    }
    score += (2 * inside - total) / total;
    score += bass == root ? BASS_IS_ROOT : 0;
    score -= kind.addedTones() * ADDED_TONE_COST;
    score += inKey ? IN_KEY : 0;
    boolean diminished = kind == ChordKind.DIMINISHED || kind == ChordKind.DIMINISHED_SEVENTH
        || kind == ChordKind.HALF_DIMINISHED_SEVENTH;
    score += diminished && root == key.leadingTone() ? LEADING_TONE_DIMINISHED : 0;
    return score;
  }

  private static boolean coloursSound(double[] weights, int struckTogether, double total, int root, ChordKind kind) {
    for (int colour : kind.colourTones()) {
      int pc = (root + colour) % 12;
      if (weights[pc] < COLOUR_PRESENT * total || (struckTogether & 1 << pc) == 0) {
        return false;
      }
    }
    for (int member : kind.requiredTones()) {
      if (weights[(root + member) % 12] < PRESENT * total) {
        return false;
      }
    }
    return true;
  }

  /** Whether a pitch class belongs to the key's scale (both forms of the minor sixth and seventh in minor). */
  static boolean belongsTo(Tonality key, int pitchClass) {
    int degree = key.degreeOf(pitchClass);
    for (int member : key.minor() ? MINOR_DEGREES : MAJOR_DEGREES) {
      if (member == degree) {
        return true;
      }
    }
    return false;
  }
}
