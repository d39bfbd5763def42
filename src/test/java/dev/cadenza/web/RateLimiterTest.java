package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets on a fake clock: the burst, the refill rate and separate clients. */
class RateLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong clock = new AtomicLong(5 * SECOND);
  private final RateLimiter limiter = new RateLimiter(new RateLimit(30, 3), clock::get);

  @Test
  void allowsTheBurstThenSaysHowLongUntilTheNextToken() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.take("a")).isZero();
    }
    // 30 a minute is one token every two seconds.
    assertThat(limiter.take("a")).isEqualTo(2 * SECOND);
    clock.addAndGet(SECOND);
    assertThat(limiter.take("a")).isEqualTo(SECOND);
    clock.addAndGet(SECOND);
    assertThat(limiter.take("a")).isZero();
  }

  @Test
  void clientsHaveTheirOwnBuckets() {
    for (int i = 0; i < 3; i++) {
      limiter.take("a");
    }
    assertThat(limiter.take("a")).isPositive();
    assertThat(limiter.take("b")).isZero();
  }

  @Test
  void aLongIdleClientGetsNoMoreThanTheBurst() {
    limiter.take("a");
    clock.addAndGet(3_600 * SECOND);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.take("a")).isZero();
    }
    assertThat(limiter.take("a")).isPositive();
  }
}
