package dev.cadenza.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.learners.SimulatedClock;
import dev.cadenza.llm.CircuitBreaker.State;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private static final Duration COOL_DOWN = Duration.ofSeconds(30);
  /** The circuit refuses calls for the whole cool-down; the first call after it is the probe. */
  private static final Duration PAST_COOL_DOWN = COOL_DOWN.plusMillis(1);

  private final SimulatedClock clock = new SimulatedClock(Instant.parse("2024-01-01T00:00:00Z"));
  private final CircuitBreaker breaker = new CircuitBreaker(new CircuitBreaker.Options(3, COOL_DOWN), clock);

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      assertThat(breaker.tryAcquire()).isTrue();
      breaker.recordFailure();
    }
  }

  @Test
  void staysClosedBelowTheThreshold() {
    fail(2);
    assertThat(breaker.state()).isEqualTo(State.CLOSED);
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void aSuccessResetsTheCount() {
    fail(2);
    breaker.tryAcquire();
    breaker.recordSuccess();
    fail(2);
    assertThat(breaker.state()).isEqualTo(State.CLOSED);
  }

  @Test
  void opensAtTheThresholdAndRefusesCalls() {
    fail(3);
    assertThat(breaker.state()).isEqualTo(State.OPEN);
    assertThat(breaker.tryAcquire()).isFalse();
  }

  @Test
  void staysOpenUntilTheCoolDownIsOver() {
    fail(3);
    clock.advance(COOL_DOWN);
    assertThat(breaker.tryAcquire()).isFalse();
    assertThat(breaker.state()).isEqualTo(State.OPEN);
    clock.advance(Duration.ofMillis(1));
    assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
  }

  @Test
  void halfOpenLetsExactlyOneProbeThrough() {
    fail(3);
    clock.advance(PAST_COOL_DOWN);
    assertThat(breaker.tryAcquire()).isTrue();
    assertThat(breaker.tryAcquire()).isFalse();
  }

  @Test
  void aSuccessfulProbeClosesTheCircuit() {
    fail(3);
    clock.advance(PAST_COOL_DOWN);
    breaker.tryAcquire();
    breaker.recordSuccess();
    assertThat(breaker.state()).isEqualTo(State.CLOSED);
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void aFailedProbeReopensForAnotherCoolDown() {
    fail(3);
    clock.advance(PAST_COOL_DOWN);
    breaker.tryAcquire();
    breaker.recordFailure();
    assertThat(breaker.state()).isEqualTo(State.OPEN);
    clock.advance(COOL_DOWN);
    assertThat(breaker.tryAcquire()).isFalse();
  }

  @Test
  void aReleasedProbeLetsTheNextCallProbe() {
    fail(3);
    clock.advance(PAST_COOL_DOWN);
    breaker.tryAcquire();
    breaker.release();
    assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void rejectsAZeroThreshold() {
    assertThatThrownBy(() -> new CircuitBreaker.Options(0, COOL_DOWN))
        .hasMessage("illegal failureThreshold: 0, must be >= 1");
  }
}
