package dev.cadenza.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmConfigTest {

  private static final Map<String, String> MINIMAL =
      Map.of("CADENZA_LLM_BASE_URL", "http://localhost:8000/v1/", "CADENZA_LLM_MODEL", "cadenza-llama2-qlora");

  @Test
  void isEmptyWithoutABaseUrl() {
    assertThat(LlmConfig.fromEnvironment(Map.of())).isEmpty();
    assertThat(LlmConfig.fromEnvironment(Map.of("CADENZA_LLM_BASE_URL", "  ", "CADENZA_LLM_MODEL", "m"))).isEmpty();
  }

  @Test
  void fillsDefaultsAndDropsTheTrailingSlash() {
    LlmConfig config = LlmConfig.fromEnvironment(MINIMAL).orElseThrow();
    assertThat(config).isEqualTo(new LlmConfig("http://localhost:8000/v1", "cadenza-llama2-qlora", null,
        Duration.ofSeconds(60), 0.1, 512, 2, null));
    assertThat(config).isEqualTo(LlmConfig.of("http://localhost:8000/v1", "cadenza-llama2-qlora"));
  }

  @Test
  void readsEverySetting() {
    Map<String, String> env = Map.of(
        "CADENZA_LLM_BASE_URL", "https://models.example.org/v1",
        "CADENZA_LLM_MODEL", "m",
        "CADENZA_LLM_API_KEY", "sk-1",
        "CADENZA_LLM_TIMEOUT", "PT1M30S",
        "CADENZA_LLM_TEMPERATURE", "0.3",
        "CADENZA_LLM_MAX_TOKENS", "256",
        "CADENZA_LLM_MAX_RETRIES", "0",
        "CADENZA_LLM_PROMPT", "/etc/cadenza/prompt.txt");
    assertThat(LlmConfig.fromEnvironment(env).orElseThrow()).isEqualTo(new LlmConfig("https://models.example.org/v1",
        "m", "sk-1", Duration.ofSeconds(90), 0.3, 256, 0, Path.of("/etc/cadenza/prompt.txt")));
  }

  @ParameterizedTest
  @CsvSource({
      // plain seconds
      "30, PT30S",
      // fractional seconds
      "2.5, PT2.5S",
      // ISO-8601, upper and lower case
      "PT2M, PT2M",
      "pt45s, PT45S"})
  void readsTheTimeoutAsSecondsOrIso8601(String value, String expected) {
    Map<String, String> env = new HashMap<>(MINIMAL);
    env.put("CADENZA_LLM_TIMEOUT", value);
    assertThat(LlmConfig.fromEnvironment(env).orElseThrow().timeout()).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CADENZA_LLM_TIMEOUT | soon | illegal CADENZA_LLM_TIMEOUT: 'soon', must be seconds (e.g. 60) or an ISO-8601 duration (e.g. PT1M)",
      "CADENZA_LLM_TIMEOUT | 0 | illegal timeout: PT0S, must be > 0",
      "CADENZA_LLM_TEMPERATURE | warm | illegal CADENZA_LLM_TEMPERATURE: 'warm', must be a number",
      "CADENZA_LLM_TEMPERATURE | 2.5 | illegal temperature: 2.5, must be in [0, 2]",
      "CADENZA_LLM_MAX_TOKENS | 0 | illegal maxTokens: 0, must be >= 1",
      "CADENZA_LLM_MAX_RETRIES | 11 | illegal maxRetries: 11, must be in [0, 10]",
      "CADENZA_LLM_BASE_URL | localhost:8000 | illegal baseUrl: 'localhost:8000', must be an http or https URL such as http://localhost:8000/v1"})
  void rejectsABadValueWithAPreciseMessage(String name, String value, String message) {
    Map<String, String> env = new HashMap<>(MINIMAL);
    env.put(name, value);
    assertThatThrownBy(() -> LlmConfig.fromEnvironment(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void needsAModelWithABaseUrl() {
    assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("CADENZA_LLM_BASE_URL", "http://localhost:8000/v1")))
        .hasMessage("CADENZA_LLM_MODEL must be set when CADENZA_LLM_BASE_URL is");
  }

  @Test
  void keepsTheApiKeyOutOfItsString() {
    assertThat(LlmConfig.of("http://localhost:8000/v1", "m").withApiKey("sk-secret").toString())
        .doesNotContain("sk-secret").contains("apiKey=***");
  }
}
