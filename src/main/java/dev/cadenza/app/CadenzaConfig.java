package dev.cadenza.app;

import dev.cadenza.llm.LlmConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where Cadenza keeps its files. Defaults are relative to the working directory (the launcher runs
 * from the project root); each can be moved with an environment variable.
 *
 * @param corpusDir theory documents shipped with the project ({@code CADENZA_CORPUS}, default {@code corpus})
 * @param indexDir the Lucene index ({@code CADENZA_INDEX}, default {@code index})
 * @param dataDir uploads and other state ({@code CADENZA_DATA}, default {@code data})
 * @param llm the model server to generate with ({@code CADENZA_LLM_*}), or null for the embedded composer
 */
public record CadenzaConfig(Path corpusDir, Path indexDir, Path dataDir, LlmConfig llm) {

  public CadenzaConfig {
    Objects.requireNonNull(corpusDir, "corpusDir");
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(dataDir, "dataDir");
  }

  public CadenzaConfig(Path corpusDir, Path indexDir, Path dataDir) {
    this(corpusDir, indexDir, dataDir, null);
  }

  /** Reads the locations and the optional model server from {@code env}, falling back to the defaults. */
  public static CadenzaConfig fromEnvironment(Map<String, String> env) {
    return new CadenzaConfig(
        Path.of(env.getOrDefault("CADENZA_CORPUS", "corpus")),
        Path.of(env.getOrDefault("CADENZA_INDEX", "index")),
        Path.of(env.getOrDefault("CADENZA_DATA", "data")),
        LlmConfig.fromEnvironment(env).orElse(null));
  }
}
