package dev.cadenza.bench;

import java.util.Arrays;

/**
 * A summary of measured durations in milliseconds. Percentiles use the nearest-rank method on the
 * sorted samples, so p99 of 200 samples is the 198th fastest: no interpolation hides an outlier.
 */
public record Latency(int samples, double p50Ms, double p90Ms, double p99Ms, double meanMs, double maxMs) {

  public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0);

  /** Summarises durations given in nanoseconds; the array is sorted in place. */
  public static Latency ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return NONE;
    }
    Arrays.sort(nanos);
    double sum = 0;
    for (long n : nanos) {
      sum += n;
    }
    return new Latency(nanos.length, ms(percentile(nanos, 50)), ms(percentile(nanos, 90)), ms(percentile(nanos, 99)),
        sum / nanos.length / 1e6, ms(nanos[nanos.length - 1]));
  }

  /** Nearest-rank percentile of sorted samples: the smallest value with at least p% of samples at or below it. */
  static long percentile(long[] sorted, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("illegal percentile: " + p + ", must be in (0, 100]");
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
