package dev.cadenza.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void doublesTheBackoffUpToItsCap() {
    RetryPolicy policy = RetryPolicy.of(6);
    assertThat(IntStream.range(0, 6).mapToObj(policy::backoff)).containsExactly(
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(4));
  }

  @Test
  void rejectsACapBelowTheFirstBackoff() {
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(1), 2, Duration.ofMillis(500)))
        .hasMessage("illegal maxBackoff: PT0.5S, must be >= initialBackoff PT1S");
  }

  @Test
  void rejectsAShrinkingMultiplier() {
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(4)))
        .hasMessage("illegal multiplier: 0.5, must be >= 1");
  }
}
