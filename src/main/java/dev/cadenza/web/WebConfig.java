package dev.cadenza.web;

import dev.cadenza.app.CuratorToken;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the HTTP layer.
 *
 * @param maxUploadBytes largest request body accepted ({@code CADENZA_MAX_UPLOAD_MB}, default 20 MB); larger gets 413
 */
public record WebConfig(CuratorToken curatorToken, long maxUploadBytes) {

  public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

  public WebConfig {
    Objects.requireNonNull(curatorToken, "curatorToken");
    if (maxUploadBytes < 1024) {
      throw new IllegalArgumentException("illegal maxUploadBytes: " + maxUploadBytes + ", must be >= 1024");
    }
  }

  public static WebConfig fromEnvironment(Map<String, String> env, CuratorToken token) {
    String mb = env.get("CADENZA_MAX_UPLOAD_MB");
    long bytes;
    try {
      bytes = mb == null || mb.isBlank() ? DEFAULT_MAX_UPLOAD_BYTES : Long.parseLong(mb.strip()) * 1024 * 1024;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("CADENZA_MAX_UPLOAD_MB must be a whole number of megabytes, not '" + mb + "'");
    }
    return new WebConfig(token, bytes);
  }
}
