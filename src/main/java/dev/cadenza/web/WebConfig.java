package dev.cadenza.web;

import dev.cadenza.app.CuratorToken;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the HTTP layer.
 *
 * @param maxUploadBytes largest request body accepted ({@code CADENZA_MAX_UPLOAD_MB}, default 20 MB); larger gets 413
 * @param rateLimit per-client limit on asking and MIDI analysis ({@code CADENZA_RATE_LIMIT_PER_MINUTE}, 0 = off)
 * @param ops metrics and request logs
 * @param cors which other origins may call which routes from a browser
 * @param teacherToken bearer token for the class summary, or null to refuse it
 */
public record WebConfig(CuratorToken curatorToken, long maxUploadBytes, RateLimit rateLimit, OpsSettings ops,
    CorsPolicy cors, CuratorToken teacherToken) {

  public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

  public WebConfig {
    Objects.requireNonNull(curatorToken, "curatorToken");
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(ops, "ops");
    Objects.requireNonNull(cors, "cors");
    if (maxUploadBytes < 1024) {
      throw new IllegalArgumentException("illegal maxUploadBytes: " + maxUploadBytes + ", must be >= 1024");
    }
  }

  /** Without a teacher token: the class summary is refused. */
  public WebConfig(CuratorToken curatorToken, long maxUploadBytes, RateLimit rateLimit, OpsSettings ops,
      CorsPolicy cors) {
    this(curatorToken, maxUploadBytes, rateLimit, ops, cors, null);
  }

  /** With the default cross-origin policy. */
  public WebConfig(CuratorToken curatorToken, long maxUploadBytes, RateLimit rateLimit, OpsSettings ops) {
    this(curatorToken, maxUploadBytes, rateLimit, ops, CorsPolicy.DEFAULT);
  }

  /** With the default rate limit. */
  public WebConfig(CuratorToken curatorToken, long maxUploadBytes) {
    this(curatorToken, maxUploadBytes, RateLimit.DEFAULT);
  }

  /** With the default metrics and logs. */
  public WebConfig(CuratorToken curatorToken, long maxUploadBytes, RateLimit rateLimit) {
    this(curatorToken, maxUploadBytes, rateLimit, OpsSettings.DEFAULT);
  }

  public static WebConfig fromEnvironment(Map<String, String> env, CuratorToken token, CuratorToken teacher) {
    long mb = wholeNumber(env, "CADENZA_MAX_UPLOAD_MB", DEFAULT_MAX_UPLOAD_BYTES / (1024 * 1024));
    int perMinute = (int) wholeNumber(env, "CADENZA_RATE_LIMIT_PER_MINUTE", RateLimit.DEFAULT.perMinute());
    RateLimit limit = perMinute == 0 ? RateLimit.OFF
        : new RateLimit(perMinute, Math.max(1, perMinute * RateLimit.DEFAULT.burst() / RateLimit.DEFAULT.perMinute()));
    return new WebConfig(token, mb * 1024 * 1024, limit, OpsSettings.fromEnvironment(env),
        CorsPolicy.fromEnvironment(env), teacher);
  }

  private static long wholeNumber(Map<String, String> env, String name, long defaultValue) {
    String raw = env.get(name);
    try {
      return raw == null || raw.isBlank() ? defaultValue : Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + raw + "'");
    }
  }
}
