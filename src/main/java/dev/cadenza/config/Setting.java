package dev.cadenza.config;

import dev.cadenza.answer.Admission;
import dev.cadenza.curation.CurationSettings;
import dev.cadenza.llm.LlmConfig;
import dev.cadenza.web.RateLimit;
import dev.cadenza.web.WebConfig;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting Cadenza reads, under its environment-variable name. The same setting in {@code cadenza.yaml} is
 * the name without {@code CADENZA_}, lower case, nested or joined with {@code _} or {@code -}: {@code
 * CADENZA_LLM_BASE_URL} is {@code llm: {base-url: ...}} or {@code llm_base_url: ...}. The default shown is the one
 * the owning config applies when the value is absent; each config still validates its own values.
 */
public enum Setting {
  CONFIG("cadenza.yaml if present", false, "the settings file (environment only)"),
  CORPUS("corpus", false, "theory documents shipped with the project"),
  INDEX("index", false, "the Lucene index, derived from the corpus and uploads"),
  DATA("data", false, "uploads, tokens and other state"),
  EMBEDDING("all-minilm-l6-v2", false,
      "retrieval embedding model: all-minilm-l6-v2, all-minilm-l6-v2-q (quantized, faster) or bge-small-en-v1.5-q"),
  LLM_BASE_URL("none: the embedded composer answers", false, "OpenAI-compatible model server, e.g. http://localhost:8000/v1"),
  LLM_MODEL("none", false, "model name the server serves (required with a base URL)"),
  LLM_API_KEY("none", true, "bearer key for the model server"),
  LLM_TIMEOUT(String.valueOf(LlmConfig.DEFAULT_TIMEOUT.toSeconds()), false, "seconds (or ISO-8601 duration) per model request"),
  LLM_TEMPERATURE(String.valueOf(LlmConfig.DEFAULT_TEMPERATURE), false, "sampling temperature"),
  LLM_MAX_TOKENS(String.valueOf(LlmConfig.DEFAULT_MAX_TOKENS), false, "longest generated answer, in tokens"),
  LLM_MAX_RETRIES(String.valueOf(LlmConfig.DEFAULT_MAX_RETRIES), false, "retries of a transient model-server failure"),
  LLM_PROMPT("built-in template", false, "prompt template file"),
  MAX_RUNNING_ANSWERS(String.valueOf(Admission.DEFAULT_MAX_RUNNING), false, "answers computed at once"),
  MAX_WAITING_ANSWERS(String.valueOf(Admission.DEFAULT_MAX_WAITING), false, "answers that may wait for a turn before more get 503"),
  MAX_UPLOAD_MB(String.valueOf(WebConfig.DEFAULT_MAX_UPLOAD_BYTES / (1024 * 1024)), false, "largest request body in MB; larger gets 413"),
  RATE_LIMIT_PER_MINUTE(String.valueOf(RateLimit.DEFAULT.perMinute()), false, "asks and MIDI analyses per client address a minute (0 = off)"),
  DB_URL("SQLite at data/cadenza.db", false, "jdbc:postgresql://host/db to share learner and curation state"),
  DB_USER("none: the URL's", false, "PostgreSQL user"),
  DB_PASSWORD("none: the URL's", true, "PostgreSQL password"),
  CORS_ORIGINS("any origin", false, "origins allowed to call the student routes from a browser, comma-separated"),
  CURATOR_CORS_ORIGINS("none", false, "origins allowed to call the curator routes from a browser, comma-separated"),
  CURATION_RETENTION_DAYS(String.valueOf(CurationSettings.DEFAULT_RETENTION_DAYS), false,
      "days the gap log keeps questions and usage keeps citations and clicks"),
  CURATOR_TOKEN("generated into data/curator-token", true, "bearer token for curator writes"),
  TEACHER_TOKEN("generated into data/teacher-token", true, "bearer token for the class summary"),
  METRICS("off", false, "serve GET /metrics in the Prometheus format (on/off)"),
  LOG_FORMAT("text", false, "request log lines as key=value text or json"),
  LOG_QUESTIONS("false", false, "put question text in request log lines (true/false)");

  private static final String PREFIX = "CADENZA_";

  private final String defaultValue;
  private final boolean secret;
  private final String description;

  Setting(String defaultValue, boolean secret, String description) {
    this.defaultValue = defaultValue;
    this.secret = secret;
    this.description = description;
  }

  /** The environment variable, e.g. {@code CADENZA_LLM_BASE_URL}. */
  public String variable() {
    return PREFIX + name();
  }

  /** The key in {@code cadenza.yaml}, e.g. {@code llm_base_url} (nested keys join with {@code _}). */
  public String fileKey() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String defaultValue() {
    return defaultValue;
  }

  /** Secrets are never printed. */
  public boolean secret() {
    return secret;
  }

  public String description() {
    return description;
  }

  /** The setting with this variable name, if Cadenza knows it. */
  public static Optional<Setting> ofVariable(String variable) {
    return Arrays.stream(values()).filter(s -> s.variable().equals(variable)).findFirst();
  }
}
