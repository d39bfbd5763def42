package dev.cadenza.eval;

import java.util.Collection;

/**
 * Nearest-rank percentiles: the p-th percentile of n values is the value at 1-based position
 * ceil(p / 100 * n) of the values sorted ascending. It is always one of the measured values, never
 * an interpolation: p50 of [1, 2, 3, 4] is 2 and p95 of 20 values is the 19th smallest.
 */
public final class Percentiles {

  private Percentiles() {}

  public static double nearestRank(Collection<Double> values, double p) {
    if (values.isEmpty()) throw new IllegalArgumentException("no values to take a percentile of");
    if (!(p > 0 && p <= 100)) throw new IllegalArgumentException("illegal percentile: " + p + ", must be in (0, 100]");
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    // p * n first: 95 * 20 / 100 is exactly 19, where 0.95 * 20 may round above it
    int rank = (int) Math.ceil(p * sorted.length / 100.0);
    return sorted[Math.max(rank, 1) - 1];
  }
}
