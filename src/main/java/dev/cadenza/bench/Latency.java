package dev.cadenza.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A summary of measured durations in milliseconds, taken from an HdrHistogram with three significant digits: a
 * percentile is exact to 0.1 % of its value, memory stays fixed however long a run is, and many threads can record
 * at once without a lock.
 *
 * <p>Load clients here are closed-loop (each sends its next question when the answer arrives), so the numbers are
 * what those clients saw; HdrHistogram's coordinated-omission correction needs an intended send rate, which a
 * closed-loop run does not have.
 */
public record Latency(long samples, double p50Ms, double p90Ms, double p99Ms, double meanMs, double maxMs) {

  public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0);

  private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(10);
  private static final int SIGNIFICANT_DIGITS = 3;

  /** Records durations from any number of threads. */
  public static final class Recorder {
    private final Histogram histogram = new ConcurrentHistogram(1, HIGHEST_NANOS, SIGNIFICANT_DIGITS);

    /** Records one duration in nanoseconds; longer than ten minutes counts as ten minutes. */
    public void recordNanos(long nanos) {
      histogram.recordValue(Math.max(1, Math.min(nanos, HIGHEST_NANOS)));
    }

    public Latency summary() {
      long count = histogram.getTotalCount();
      if (count == 0) {
        return NONE;
      }
      return new Latency(count, ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(90)),
          ms(histogram.getValueAtPercentile(99)), histogram.getMean() / 1e6, ms(histogram.getMaxValue()));
    }
  }

  /** Summarises durations given in nanoseconds. */
  public static Latency ofNanos(long[] nanos) {
    Recorder recorder = new Recorder();
    for (long n : nanos) {
      recorder.recordNanos(n);
    }
    return recorder.summary();
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
