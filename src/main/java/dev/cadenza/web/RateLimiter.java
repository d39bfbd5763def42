package dev.cadenza.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets keyed by client address. A request takes one token; an empty bucket answers
 * 429 with {@code Retry-After} (whole seconds until the next token).
 */
final class RateLimiter {

  /** Above this many tracked clients, buckets that have refilled completely are forgotten. */
  private static final int PRUNE_ABOVE = 10_000;
  private static final long NANOS_PER_MINUTE = 60_000_000_000L;

  private final RateLimit limit;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(RateLimit limit, LongSupplier nanoClock) {
    this.limit = limit;
    this.nanoClock = nanoClock;
  }

  /** Before-handler: lets the request through or throws a 429 naming when to retry. */
  void check(Context ctx) {
    if (!limit.enabled()) {
      return;
    }
    long waitNanos = take(ctx.ip());
    if (waitNanos > 0) {
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      ctx.header("Retry-After", Long.toString(seconds));
      throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(),
          "too many requests from this client; try again in " + seconds + " s");
    }
  }

  /** Takes a token for this client; returns 0 when one was available, else the nanoseconds until one is. */
  long take(String client) {
    if (buckets.size() > PRUNE_ABOVE) {
      long now = nanoClock.getAsLong();
      buckets.values().removeIf(b -> b.isFull(now));
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(nanoClock.getAsLong())).take(nanoClock.getAsLong());
  }

  private final class Bucket {
    /** Tokens scaled by a minute of nanoseconds, so refilling is exact integer arithmetic. */
    private long scaledTokens;
    private long lastRefill;

    Bucket(long now) {
      scaledTokens = (long) limit.burst() * NANOS_PER_MINUTE;
      lastRefill = now;
    }

    synchronized long take(long now) {
      refill(now);
      if (scaledTokens >= NANOS_PER_MINUTE) {
        scaledTokens -= NANOS_PER_MINUTE;
        return 0;
      }
      return (NANOS_PER_MINUTE - scaledTokens + limit.perMinute() - 1) / limit.perMinute();
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return scaledTokens == (long) limit.burst() * NANOS_PER_MINUTE;
    }

    private void refill(long now) {
      long capacity = (long) limit.burst() * NANOS_PER_MINUTE;
      long elapsed = now - lastRefill;
      lastRefill = now;
      // Saturate before multiplying: a long idle client simply has a full bucket.
      scaledTokens = elapsed >= capacity / limit.perMinute() ? capacity : Math.min(capacity, scaledTokens + elapsed * limit.perMinute());
    }
  }
}
