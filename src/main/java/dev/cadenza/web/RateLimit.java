package dev.cadenza.web;

/**
 * How fast one client may call the expensive endpoints (asking and MIDI analysis): a token bucket per
 * client address that holds {@code burst} requests and refills at {@code perMinute}.
 *
 * @param perMinute sustained requests per minute per client ({@code CADENZA_RATE_LIMIT_PER_MINUTE}); 0 turns the limit off
 * @param burst requests a client may make at once before the sustained rate applies
 */
public record RateLimit(int perMinute, int burst) {

  /** Generous: a student typing, a class behind one address, the browser tests and the newcomer check all pass. */
  public static final RateLimit DEFAULT = new RateLimit(120, 60);
  public static final RateLimit OFF = new RateLimit(0, 0);

  public RateLimit {
    if (perMinute < 0) {
      throw new IllegalArgumentException("illegal rate limit: " + perMinute + " per minute, must be >= 0 (0 is off)");
    }
    if (perMinute > 0 && burst < 1) {
      throw new IllegalArgumentException("illegal burst: " + burst + ", must be >= 1 when the limit is on");
    }
  }

  public boolean enabled() {
    return perMinute > 0;
  }
}
