package dev.cadenza.cli;

import dev.cadenza.config.Settings;
import dev.cadenza.llm.LlmConfig;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Model-server flags shared by commands that answer; each overrides its CADENZA_LLM_* variable. */
final class LlmOptions {

  @Option(names = "--llm-base-url", paramLabel = "URL",
      description = "OpenAI-compatible server (vLLM, llama.cpp, Ollama /v1), e.g. http://localhost:8000/v1."
          + " Default: $CADENZA_LLM_BASE_URL; without one the embedded composer answers.")
  String baseUrl;

  @Option(names = "--llm-model", paramLabel = "NAME", description = "Model name the server serves (default: $CADENZA_LLM_MODEL).")
  String model;

  @Option(names = "--llm-timeout", paramLabel = "SECONDS", description = "Per-request timeout (default: $CADENZA_LLM_TIMEOUT or 60).")
  String timeout;

  /** The effective settings with these flags laid over the file and the environment, so LlmConfig validates all alike. */
  Settings settings() {
    Map<String, String> flags = new HashMap<>();
    if (baseUrl != null) flags.put(LlmConfig.ENV_BASE_URL, baseUrl);
    if (model != null) flags.put(LlmConfig.ENV_MODEL, model);
    if (timeout != null) flags.put(LlmConfig.ENV_TIMEOUT, timeout);
    return Settings.load(System.getenv(), flags);
  }
}
