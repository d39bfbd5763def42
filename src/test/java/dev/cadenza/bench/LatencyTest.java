package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyTest {

  @Test
  void percentilesUseTheNearestRank() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted
    Latency latency = Latency.ofNanos(nanos);
    assertThat(latency.samples()).isEqualTo(100);
    assertThat(latency.p50Ms()).isEqualTo(50.0);
    assertThat(latency.p90Ms()).isEqualTo(90.0);
    assertThat(latency.p99Ms()).isEqualTo(99.0);
    assertThat(latency.maxMs()).isEqualTo(100.0);
    assertThat(latency.meanMs()).isCloseTo(50.5, within(1e-9));
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    Latency latency = Latency.ofNanos(new long[] {2_500_000L});
    assertThat(latency.p50Ms()).isEqualTo(2.5);
    assertThat(latency.p99Ms()).isEqualTo(2.5);
  }

  @Test
  void noSamplesGiveTheEmptySummary() {
    assertThat(Latency.ofNanos(new long[0])).isEqualTo(Latency.NONE);
  }

  @Test
  void percentileOutsideTheRangeIsRejected() {
    assertThatThrownBy(() -> Latency.percentile(new long[] {1}, 0)).hasMessageContaining("illegal percentile: 0");
  }
}
