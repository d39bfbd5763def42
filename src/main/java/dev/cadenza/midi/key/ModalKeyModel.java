package dev.cadenza.midi.key;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Names the tonic and mode of a piece: a linear score per candidate (12 tonics x 7 modes) of the
 * profile fit plus the tonic clues of {@link TonicEvidence}, turned into probabilities by a softmax.
 *
 * <p>The profile fit is the Pearson correlation of the duration-weighted pitch classes with a modal
 * profile: Temperley's major-key weights given to the mode's own scale degrees in order (tonic 5,
 * third and fifth 4.5, fourth and seventh 4, second and sixth 3.5) and 2 to the other five pitch
 * classes; minor also expects its raised seventh (3.5). The weights were fitted by
 * {@link KeyModelFit} (maximum likelihood over generated tunes, fixed seed) and are not tuned per
 * piece: rerun {@code ./cadenza bench keys --fit} to reproduce them.
 */
final class ModalKeyModel {

  /** A candidate key with its probability. */
  record Choice(int tonic, Mode mode, double probability) {}

  /** Weights of the features: the profile fit, then one per {@link TonicEvidence.Clue} in order. */
  static final double[] WEIGHTS = {11.355, 1.890, 1.542, 0.589, -1.718, -4.246, 1.241, -0.899, 2.043, 0.025, 1.093, -0.193, 0.897};

  private static final double[] DEGREE_WEIGHTS = {5.0, 3.5, 4.5, 4.0, 4.5, 3.5, 4.0};
  private static final double CHROMATIC = 2.0;
  private static final double RAISED_SEVENTH_IN_MINOR = 3.5;
  private static final Mode[] MODES = Mode.values();
  private static final double[][] PROFILES = profiles();

  /**
   * How often each mode is met, in {@link Mode} order, added to the scores as log priors (the weights
   * are fitted on tunes spread evenly over the modes): major and minor dominate, dorian and mixolydian
   * are common in folk music, the rest are rare. Rounded from the mode counts of traditional tunes in
   * issue 21 (67 major, 37 minor, 24 dorian, 20 mixolydian of 150), with a little room for the others.
   */
  static final double[] PRIORS = {0.30, 0.15, 0.06, 0.05, 0.15, 0.25, 0.04};

  private final double[] weights;

  ModalKeyModel(double[] weights) {
    if (weights.length != features()) {
      throw new IllegalArgumentException("illegal weights: " + weights.length + ", must be " + features());
    }
    this.weights = weights.clone();
  }

  static ModalKeyModel fitted() {
    return new ModalKeyModel(WEIGHTS);
  }

  /** How many features a candidate has. */
  static int features() {
    return 1 + TonicEvidence.Clue.values().length;
  }

  /** The number of candidates: every mode on every tonic. */
  static int candidates() {
    return 12 * MODES.length;
  }

  static int tonicOf(int candidate) {
    return candidate % 12;
  }

  static Mode modeOf(int candidate) {
    return MODES[candidate / 12];
  }

  static int candidate(int tonic, Mode mode) {
    return mode.ordinal() * 12 + tonic;
  }

  /** The feature vector of one candidate. */
  static double[] features(TonicEvidence evidence, int candidate) {
    double[] x = new double[features()];
    int tonic = tonicOf(candidate);
    double[] rotated = new double[12];
    for (int pc = 0; pc < 12; pc++) {
      rotated[pc] = PROFILES[candidate / 12][Math.floorMod(pc - tonic, 12)];
    }
    x[0] = correlation(evidence.histogram(), rotated);
    for (TonicEvidence.Clue clue : TonicEvidence.Clue.values()) {
      x[1 + clue.ordinal()] = evidence.clue(clue, tonic);
    }
    return x;
  }

  /** Probabilities of every candidate, indexed as {@link #candidate(int, Mode)}. */
  double[] probabilities(TonicEvidence evidence) {
    double[] scores = new double[candidates()];
    for (int c = 0; c < scores.length; c++) {
      double[] x = features(evidence, c);
      scores[c] = Math.log(PRIORS[c / 12]);
      for (int f = 0; f < x.length; f++) {
        scores[c] += weights[f] * x[f];
      }
    }
    return softmax(scores);
  }

  /** The candidates from most to least likely; ties keep the order of {@link Mode} then tonic. */
  List<Choice> ranked(TonicEvidence evidence) {
    double[] p = probabilities(evidence);
    return IntStream.range(0, p.length).boxed()
        .sorted(Comparator.comparingDouble((Integer c) -> -p[c]).thenComparingInt(c -> c))
        .map(c -> new Choice(tonicOf(c), modeOf(c), p[c]))
        .toList();
  }

  static double[] softmax(double[] scores) {
    double max = Arrays.stream(scores).max().orElse(0);
    double[] p = new double[scores.length];
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      p[i] = Math.exp(scores[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Pearson correlation; 0 when either side is flat. */
  static double correlation(double[] a, double[] b) {
    double meanA = Arrays.stream(a).average().orElse(0);
    double meanB = Arrays.stream(b).average().orElse(0);
    double dot = 0;
    double squaresA = 0;
    double squaresB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (a[i] - meanA) * (b[i] - meanB);
      squaresA += (a[i] - meanA) * (a[i] - meanA);
      squaresB += (b[i] - meanB) * (b[i] - meanB);
    }
    return squaresA <= 0 || squaresB <= 0 ? 0 : dot / Math.sqrt(squaresA * squaresB);
  }

  private static double[][] profiles() {
    double[][] profiles = new double[MODES.length][12];
    for (Mode mode : MODES) {
      double[] profile = profiles[mode.ordinal()];
      Arrays.fill(profile, CHROMATIC);
      int[] scale = mode.scale();
      for (int degree = 0; degree < 7; degree++) {
        profile[scale[degree]] = DEGREE_WEIGHTS[degree];
      }
      if (mode == Mode.MINOR) {
        profile[11] = RAISED_SEVENTH_IN_MINOR;
      }
    }
    return profiles;
  }
}
