package dev.cadenza.web;

import java.util.Locale;
import java.util.Map;

/**
 * What the HTTP layer tells operators.
 *
 * @param exposeMetrics serve {@code GET /metrics} in the Prometheus text format ({@code CADENZA_METRICS=on}); off
 *     by default because the meters describe the whole service and belong behind the operator's network
 * @param jsonLogs one JSON object per request line instead of {@code key=value} text ({@code CADENZA_LOG_FORMAT=json})
 * @param logQuestions put the question text in request lines ({@code CADENZA_LOG_QUESTIONS=true}); off for privacy
 */
public record OpsSettings(boolean exposeMetrics, boolean jsonLogs, boolean logQuestions) {

  public static final OpsSettings DEFAULT = new OpsSettings(false, false, false);

  public static OpsSettings fromEnvironment(Map<String, String> env) {
    return new OpsSettings(flag(env, "CADENZA_METRICS", "on", "off"), flag(env, "CADENZA_LOG_FORMAT", "json", "text"),
        flag(env, "CADENZA_LOG_QUESTIONS", "true", "false"));
  }

  private static boolean flag(Map<String, String> env, String name, String yes, String no) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return false;
    }
    String word = value.strip().toLowerCase(Locale.ROOT);
    if (!word.equals(yes) && !word.equals(no)) {
      throw new IllegalArgumentException(name + " must be '" + yes + "' or '" + no + "', not '" + value + "'");
    }
    return word.equals(yes);
  }
}
