package dev.cadenza.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a dead model server from adding its timeout to every request: Resilience4j's circuit breaker set up so
 * that {@code failureThreshold} failures in a row open it (a count window of that size at a 100 % failure rate),
 * an open circuit refuses calls at once for the whole cool-down, then the next call is let through as a probe: success closes it,
 * failure opens it again. Transitions are logged; the clock is injectable so tests move time instead of waiting.
 *
 * <p>Use: {@code if (!breaker.tryAcquire()) fail fast; else call, then recordSuccess(), recordFailure() or
 * release()}. Every acquired call must end with exactly one of the three.
 */
public final class CircuitBreaker {

  private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);
  private static final RuntimeException SERVER_FAILED = new RuntimeException("model server call failed", null, false, false) {};

  public enum State { CLOSED, OPEN, HALF_OPEN }

  /**
   * @param failureThreshold consecutive failures that open the circuit
   * @param coolDown how long it stays open before a probe call is let through (at least a millisecond)
   */
  public record Options(int failureThreshold, Duration coolDown) {
    public static final Options DEFAULT = new Options(5, Duration.ofSeconds(30));

    public Options {
      if (failureThreshold < 1) {
        throw new IllegalArgumentException("illegal failureThreshold: " + failureThreshold + ", must be >= 1");
      }
      if (coolDown == null || coolDown.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException("illegal coolDown: " + coolDown + ", must be >= 1 ms");
      }
    }
  }

  private final io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;
  private final Options options;
  private final Clock clock;
  private volatile Instant openedAt = Instant.MIN;

  public CircuitBreaker(Options options, Clock clock) {
    this.options = options;
    this.clock = clock;
    CircuitBreakerConfig config = CircuitBreakerConfig.custom()
        .slidingWindow(options.failureThreshold(), options.failureThreshold(), SlidingWindowType.COUNT_BASED)
        .failureRateThreshold(100)
        .waitDurationInOpenState(options.coolDown())
        .permittedNumberOfCallsInHalfOpenState(1)
        .clock(clock)
        .build();
    this.breaker = io.github.resilience4j.circuitbreaker.CircuitBreaker.of("model-server", config);
    breaker.getEventPublisher().onStateTransition(event -> {
      if (event.getStateTransition().getToState() == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN) {
        openedAt = clock.instant();
      }
      LOG.info("model server circuit: {}", event.getStateTransition());
    });
  }

  public CircuitBreaker(Options options) {
    this(options, Clock.systemUTC());
  }

  public CircuitBreaker() {
    this(Options.DEFAULT);
  }

  /** Whether a call may go to the server now; when true the caller must record its outcome. */
  public boolean tryAcquire() {
    return breaker.tryAcquirePermission();
  }

  /** The server answered: the circuit closes and the failure count starts again. */
  public void recordSuccess() {
    breaker.onSuccess(0, TimeUnit.NANOSECONDS);
  }

  /** The server failed: counts towards opening the circuit, and reopens it after a failed probe. */
  public void recordFailure() {
    breaker.onError(0, TimeUnit.NANOSECONDS, SERVER_FAILED);
  }

  /**
   * The call ended without telling anything about the server (the caller gave up): the outcome is not counted, and
   * a half-open circuit lets the next call probe instead.
   */
  public void release() {
    breaker.releasePermission();
  }

  /** The current state; an open circuit whose cool-down has passed reads as half-open. */
  public State state() {
    return switch (breaker.getState()) {
      case CLOSED -> State.CLOSED;
      case HALF_OPEN -> State.HALF_OPEN;
      default -> clock.instant().isAfter(openedAt.plus(options.coolDown())) ? State.HALF_OPEN : State.OPEN;
    };
  }
}
