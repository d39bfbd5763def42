package dev.cadenza.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a dead model server from adding its timeout to every request. Closed, calls go through;
 * after {@code failureThreshold} failures in a row it opens and refuses calls at once; once the
 * cool-down has passed it is half-open and lets one probe call through: success closes it, failure
 * opens it for another cool-down. Calls refused while the probe is out fail fast too. Thread-safe;
 * the clock is injectable so tests move time instead of waiting.
 *
 * <p>Use: {@code if (!breaker.tryAcquire()) fail fast; else call, then recordSuccess(), recordFailure()
 * or release()}. Every acquired call must end with exactly one of the three.
 */
public final class CircuitBreaker {

  public enum State { CLOSED, OPEN, HALF_OPEN }

  /**
   * @param failureThreshold consecutive failures that open the circuit
   * @param coolDown how long it stays open before a probe call is let through
   */
  public record Options(int failureThreshold, Duration coolDown) {
    public static final Options DEFAULT = new Options(5, Duration.ofSeconds(30));

    public Options {
      if (failureThreshold < 1) {
        throw new IllegalArgumentException("illegal failureThreshold: " + failureThreshold + ", must be >= 1");
      }
      if (coolDown == null || coolDown.isNegative()) {
        throw new IllegalArgumentException("illegal coolDown: " + coolDown + ", must be >= 0");
      }
    }
  }

  private final Options options;
  private final Clock clock;
  private State state = State.CLOSED;
  private int consecutiveFailures;
  private Instant openedAt;
  private boolean probeOut;

  public CircuitBreaker(Options options, Clock clock) {
    this.options = options;
    this.clock = clock;
  }

  public CircuitBreaker(Options options) {
    this(options, Clock.systemUTC());
  }

  public CircuitBreaker() {
    this(Options.DEFAULT);
  }

  /** Whether a call may go to the server now; when true the caller must record its outcome. */
  public synchronized boolean tryAcquire() {
    switch (state) {
      case CLOSED:
        return true;
      case OPEN:
        if (coolDownOver()) {
          state = State.HALF_OPEN;
          probeOut = true;
          return true;
        }
        return false;
      default:
        if (probeOut) {
          return false;
        }
        probeOut = true;
        return true;
    }
  }

  /** The server answered: the circuit closes and the failure count starts again. */
  public synchronized void recordSuccess() {
    state = State.CLOSED;
    consecutiveFailures = 0;
    probeOut = false;
  }

  /** The server failed: counts towards opening the circuit, and reopens it after a failed probe. */
  public synchronized void recordFailure() {
    consecutiveFailures++;
    probeOut = false;
    if (state == State.HALF_OPEN || consecutiveFailures >= options.failureThreshold()) {
      state = State.OPEN;
      openedAt = clock.instant();
    }
  }

  /**
   * The call ended without telling anything about the server (the caller gave up): the outcome
   * is not counted, and a half-open circuit lets the next call probe instead.
   */
  public synchronized void release() {
    probeOut = false;
  }

  /** The current state; an open circuit whose cool-down is over reads as half-open. */
  public synchronized State state() {
    return state == State.OPEN && coolDownOver() ? State.HALF_OPEN : state;
  }

  private boolean coolDownOver() {
    return !clock.instant().isBefore(openedAt.plus(options.coolDown()));
  }
}
