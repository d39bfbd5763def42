package dev.cadenza.curation;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the gap log and usage records.
 *
 * @param retention how long questions, citations and clicks are kept ({@code CADENZA_CURATION_RETENTION_DAYS})
 */
public record CurationSettings(Duration retention) {

  public static final int DEFAULT_RETENTION_DAYS = 90;
  public static final CurationSettings DEFAULT = new CurationSettings(Duration.ofDays(DEFAULT_RETENTION_DAYS));
  private static final String RETENTION_DAYS = "CADENZA_CURATION_RETENTION_DAYS";

  public CurationSettings {
    if (retention == null || retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("illegal " + RETENTION_DAYS + ": " + retention + ", must be at least one day");
    }
  }

  public static CurationSettings fromEnvironment(Map<String, String> env) {
    String raw = env.get(RETENTION_DAYS);
    if (raw == null || raw.isBlank()) {
      return DEFAULT;
    }
    try {
      int days = Integer.parseInt(raw.strip());
      if (days < 1) {
        throw new IllegalArgumentException("illegal " + RETENTION_DAYS + ": " + days + ", must be >= 1");
      }
      return new CurationSettings(Duration.ofDays(days));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(RETENTION_DAYS + " must be a whole number of days, not '" + raw + "'");
    }
  }
}
