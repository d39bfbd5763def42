package dev.cadenza.llm;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * How often and how patiently to retry a call that failed for a transient reason (connection
 * refused, HTTP 5xx, HTTP 429): up to {@code maxRetries} more attempts, waiting
 * {@code initialBackoff}, then that times {@code multiplier} for each further retry, never more
 * than {@code maxBackoff}. No jitter: one Cadenza instance has one client per server.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, double multiplier, Duration maxBackoff) {

  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(250);
  public static final double DEFAULT_MULTIPLIER = 2.0;
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(4);

  /** Waits out a backoff. Injectable, so tests record backoffs instead of waiting. */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration delay) throws InterruptedException;

    /** Blocks the calling thread until a timer completes; no lock is held and no pool thread is taken. */
    Pause TIMER = delay -> {
      try {
        new CompletableFuture<Void>().completeOnTimeout(null, delay.toNanos(), TimeUnit.NANOSECONDS).get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("a completed timer cannot fail", e);
      }
    };
  }

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("illegal maxRetries: " + maxRetries + ", must be >= 0");
    }
    if (initialBackoff == null || initialBackoff.isNegative()) {
      throw new IllegalArgumentException("illegal initialBackoff: " + initialBackoff + ", must be >= 0");
    }
    if (!(multiplier >= 1)) {
      throw new IllegalArgumentException("illegal multiplier: " + multiplier + ", must be >= 1");
    }
    if (maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("illegal maxBackoff: " + maxBackoff + ", must be >= initialBackoff " + initialBackoff);
    }
  }

  /** {@code maxRetries} retries with the default backoff: 250 ms, 500 ms, 1 s, ... up to 4 s. */
  public static RetryPolicy of(int maxRetries) {
    return new RetryPolicy(maxRetries, DEFAULT_INITIAL_BACKOFF, DEFAULT_MULTIPLIER, DEFAULT_MAX_BACKOFF);
  }

  /** The wait before retry number {@code retry} (0 for the first retry). */
  public Duration backoff(int retry) {
    double nanos = initialBackoff.toNanos() * Math.pow(multiplier, retry);
    return nanos >= maxBackoff.toNanos() ? maxBackoff : Duration.ofNanos((long) nanos);
  }
}
