package dev.cadenza.midi.key;

/**
 * Krumhansl–Schmuckler key finding: the key whose profile correlates best (Pearson) with the
 * duration-weighted pitch-class histogram of the notes.
 */
public final class KeyEstimator {

  /** A key and how well its profile correlates with the notes. */
  public record Estimate(Tonality key, double correlation) {}

  private final double[][] centredProfiles = new double[24][12];
  private final double[] profileNorms = new double[24];

  public KeyEstimator(KeyProfile profile) {
    for (int index = 0; index < 24; index++) {
      Tonality key = Tonality.ofIndex(index);
      double mean = 0;
      for (int pc = 0; pc < 12; pc++) {
        mean += profile.weight(key.minor(), key.degreeOf(pc)) / 12;
      }
      double squares = 0;
      for (int pc = 0; pc < 12; pc++) {
        centredProfiles[index][pc] = profile.weight(key.minor(), key.degreeOf(pc)) - mean;
        squares += centredProfiles[index][pc] * centredProfiles[index][pc];
      }
      profileNorms[index] = Math.sqrt(squares);
    }
  }

  /** The correlation of a histogram with each of the 24 keys, indexed by {@link Tonality#index()}; all 0 for silence. */
  double[] correlations(double[] histogram) {
    double mean = 0;
    for (double weight : histogram) {
      mean += weight / 12;
    }
    double squares = 0;
    for (double weight : histogram) {
      squares += (weight - mean) * (weight - mean);
    }
    double[] correlations = new double[24];
    if (squares <= 0) {
      return correlations;
    }
    double norm = Math.sqrt(squares);
    for (int index = 0; index < 24; index++) {
      double dot = 0;
      for (int pc = 0; pc < 12; pc++) {
        dot += (histogram[pc] - mean) * centredProfiles[index][pc];
      }
      correlations[index] = dot / (norm * profileNorms[index]);
    }
    return correlations;
  }

  /** The best-correlated key; ties go to the lower index (major before minor, C first). */
  Estimate estimate(double[] histogram) {
    double[] correlations = correlations(histogram);
    int best = argMax(correlations);
    return new Estimate(Tonality.ofIndex(best), correlations[best]);
  }

  /** The index of the largest value, the first on ties. */
  static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
