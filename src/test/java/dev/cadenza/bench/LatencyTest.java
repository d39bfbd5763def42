package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LatencyTest {

  /** Three significant digits: every reported value is within 0.1 % of the exact nearest-rank value. */
  private static final double PRECISION = 1e-3;

  @Test
  void percentilesMatchTheNearestRankToThreeSignificantDigits() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted
    Latency latency = Latency.ofNanos(nanos);
    assertThat(latency.samples()).isEqualTo(100);
    assertThat(latency.p50Ms()).isCloseTo(50.0, within(50.0 * PRECISION));
    assertThat(latency.p90Ms()).isCloseTo(90.0, within(90.0 * PRECISION));
    assertThat(latency.p99Ms()).isCloseTo(99.0, within(99.0 * PRECISION));
    assertThat(latency.maxMs()).isCloseTo(100.0, within(100.0 * PRECISION));
    assertThat(latency.meanMs()).isCloseTo(50.5, within(50.5 * PRECISION));
  }

  @Test
  void oneSlowOutlierInAHundredShowsAtP99NotAtP90() {
    long[] nanos = new long[100];
    Arrays.fill(nanos, 2_000_000L);
    nanos[37] = 2_000_000_000L;
    Latency latency = Latency.ofNanos(nanos);
    assertThat(latency.p90Ms()).isCloseTo(2.0, within(2.0 * PRECISION));
    assertThat(latency.maxMs()).isCloseTo(2000.0, within(2000.0 * PRECISION));
    assertThat(latency.p99Ms()).isCloseTo(2.0, within(2.0 * PRECISION)); // rank 99 of 100 is still a fast one
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    Latency latency = Latency.ofNanos(new long[] {2_500_000L});
    assertThat(latency.p50Ms()).isCloseTo(2.5, within(2.5 * PRECISION));
    assertThat(latency.p99Ms()).isEqualTo(latency.p50Ms());
  }

  @Test
  void noSamplesGiveTheEmptySummary() {
    assertThat(Latency.ofNanos(new long[0])).isEqualTo(Latency.NONE);
    assertThat(new Latency.Recorder().summary()).isEqualTo(Latency.NONE);
  }

  @Test
  void threadsRecordingAtOnceLoseNoSample() throws Exception {
    Latency.Recorder recorder = new Latency.Recorder();
    List<Future<?>> done = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          for (int i = 1; i <= 10_000; i++) recorder.recordNanos(i * 1_000L);
        }));
      }
      for (Future<?> f : done) f.get();
    }
    Latency latency = recorder.summary();
    assertThat(latency.samples()).isEqualTo(40_000);
    assertThat(latency.p50Ms()).isCloseTo(5.0, within(5.0 * PRECISION));
  }
}
