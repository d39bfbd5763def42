package dev.cadenza.llm;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach an OpenAI-compatible chat-completions server: vLLM, llama.cpp's llama-server,
 * Ollama ({@code /v1}), LM Studio, TGI.
 *
 * @param baseUrl the API root the client appends {@code /chat/completions} to, e.g. {@code http://localhost:8000/v1}
 * @param model the model name the server serves, e.g. {@code cadenza-llama2-qlora}
 * @param apiKey bearer token, or null for servers that need none
 * @param timeout how long a whole answer may take; when streaming, how long the stream may go without a token
 * @param temperature sampling temperature; low keeps the model close to its sources
 * @param maxTokens the most tokens an answer may have
 * @param maxRetries retries after a transient failure (connection refused, HTTP 5xx, HTTP 429)
 * @param promptTemplate a system prompt file replacing the bundled template (see {@link PromptTemplate#fromFile}), or null
 */
public record LlmConfig(
    String baseUrl,
    String model,
    String apiKey,
    Duration timeout,
    double temperature,
    int maxTokens,
    int maxRetries,
    Path promptTemplate) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  public static final double DEFAULT_TEMPERATURE = 0.1;
  public static final int DEFAULT_MAX_TOKENS = 512;
  public static final int DEFAULT_MAX_RETRIES = 2;
  public static final int MAX_RETRIES_LIMIT = 10;

  public static final String ENV_BASE_URL = "CADENZA_LLM_BASE_URL";
  public static final String ENV_MODEL = "CADENZA_LLM_MODEL";
  public static final String ENV_API_KEY = "CADENZA_LLM_API_KEY";
  public static final String ENV_TIMEOUT = "CADENZA_LLM_TIMEOUT";
  public static final String ENV_TEMPERATURE = "CADENZA_LLM_TEMPERATURE";
  public static final String ENV_MAX_TOKENS = "CADENZA_LLM_MAX_TOKENS";
  public static final String ENV_MAX_RETRIES = "CADENZA_LLM_MAX_RETRIES";
  public static final String ENV_PROMPT = "CADENZA_LLM_PROMPT";

  public LlmConfig {
    baseUrl = validBaseUrl(baseUrl);
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("illegal model: '" + model + "', must not be blank");
    }
    model = model.strip();
    apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("illegal timeout: " + timeout + ", must be > 0");
    }
    if (!(temperature >= 0 && temperature <= 2)) {
      throw new IllegalArgumentException("illegal temperature: " + temperature + ", must be in [0, 2]");
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("illegal maxTokens: " + maxTokens + ", must be >= 1");
    }
    if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
      throw new IllegalArgumentException("illegal maxRetries: " + maxRetries + ", must be in [0, " + MAX_RETRIES_LIMIT + "]");
    }
  }

  /** A server and model with every other setting at its default. */
  public static LlmConfig of(String baseUrl, String model) {
    return new LlmConfig(baseUrl, model, null, DEFAULT_TIMEOUT, DEFAULT_TEMPERATURE, DEFAULT_MAX_TOKENS,
        DEFAULT_MAX_RETRIES, null);
  }

  public LlmConfig withApiKey(String key) {
    return new LlmConfig(baseUrl, model, key, timeout, temperature, maxTokens, maxRetries, promptTemplate);
  }

  public LlmConfig withTimeout(Duration value) {
    return new LlmConfig(baseUrl, model, apiKey, value, temperature, maxTokens, maxRetries, promptTemplate);
  }

  public LlmConfig withTemperature(double value) {
    return new LlmConfig(baseUrl, model, apiKey, timeout, value, maxTokens, maxRetries, promptTemplate);
  }

  public LlmConfig withMaxTokens(int value) {
    return new LlmConfig(baseUrl, model, apiKey, timeout, temperature, value, maxRetries, promptTemplate);
  }

  public LlmConfig withMaxRetries(int value) {
    return new LlmConfig(baseUrl, model, apiKey, timeout, temperature, maxTokens, value, promptTemplate);
  }

  public LlmConfig withPromptTemplate(Path value) {
    return new LlmConfig(baseUrl, model, apiKey, timeout, temperature, maxTokens, maxRetries, value);
  }

  /**
   * Reads {@code CADENZA_LLM_*} variables (pass {@code System.getenv()}); empty when
   * {@value #ENV_BASE_URL} is unset or blank, meaning "no model server: use the embedded answerer".
   * Blank values count as unset. {@value #ENV_TIMEOUT} is seconds ({@code 60}, {@code 2.5}) or an
   * ISO-8601 duration ({@code PT1M}).
   *
   * @throws IllegalArgumentException naming the variable, when a value is malformed or out of range
   */
  public static Optional<LlmConfig> fromEnvironment(Map<String, String> env) {
    Function<String, String> get = name -> {
      String value = env.get(name);
      return value == null || value.isBlank() ? null : value.strip();
    };
    String baseUrl = get.apply(ENV_BASE_URL);
    if (baseUrl == null) {
      return Optional.empty();
    }
    String model = get.apply(ENV_MODEL);
    if (model == null) {
      throw new IllegalArgumentException(ENV_MODEL + " must be set when " + ENV_BASE_URL + " is");
    }
    LlmConfig config = new LlmConfig(
        baseUrl,
        model,
        get.apply(ENV_API_KEY),
        parse(ENV_TIMEOUT, get.apply(ENV_TIMEOUT), LlmConfig::parseTimeout, DEFAULT_TIMEOUT,
            "seconds (e.g. 60) or an ISO-8601 duration (e.g. PT1M)"),
        parse(ENV_TEMPERATURE, get.apply(ENV_TEMPERATURE), Double::valueOf, DEFAULT_TEMPERATURE, "a number"),
        parse(ENV_MAX_TOKENS, get.apply(ENV_MAX_TOKENS), Integer::valueOf, DEFAULT_MAX_TOKENS, "an integer"),
        parse(ENV_MAX_RETRIES, get.apply(ENV_MAX_RETRIES), Integer::valueOf, DEFAULT_MAX_RETRIES, "an integer"),
        parse(ENV_PROMPT, get.apply(ENV_PROMPT), Path::of, null, "a file path"));
    return Optional.of(config);
  }

  private static <T> T parse(String name, String value, Function<String, T> parser, T fallback, String expected) {
    if (value == null) {
      return fallback;
    }
    try {
      return parser.apply(value);
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException | InvalidPathException e) {
      throw new IllegalArgumentException("illegal " + name + ": '" + value + "', must be " + expected, e);
    }
  }

  private static Duration parseTimeout(String value) {
    if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
      return Duration.parse(value);
    }
    BigDecimal seconds = new BigDecimal(value);
    return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
  }

  private static String validBaseUrl(String url) {
    String expected = "', must be an http or https URL such as http://localhost:8000/v1";
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("illegal baseUrl: '" + url + expected);
    }
    String stripped = url.strip().replaceAll("/+$", "");
    try {
      URI uri = new URI(stripped);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("illegal baseUrl: '" + url + expected);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("illegal baseUrl: '" + url + expected, e);
    }
    return stripped;
  }

  /** Leaves the API key out, so configurations can be logged. */
  @Override
  public String toString() {
    return "LlmConfig[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "***")
        + ", timeout=" + timeout + ", temperature=" + temperature + ", maxTokens=" + maxTokens
        + ", maxRetries=" + maxRetries + ", promptTemplate=" + promptTemplate + "]";
  }
}
