package dev.cadenza.app;

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
 */
public record CadenzaConfig(Path corpusDir, Path indexDir, Path dataDir) {

  public CadenzaConfig {
    Objects.requireNonNull(corpusDir, "corpusDir");
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** Reads the locations from {@code env}, falling back to the defaults. */
  public static CadenzaConfig fromEnvironment(Map<String, String> env) {
    return new CadenzaConfig(
        Path.of(env.getOrDefault("CADENZA_CORPUS", "corpus")),
        Path.of(env.getOrDefault("CADENZA_INDEX", "index")),
        Path.of(env.getOrDefault("CADENZA_DATA", "data")));
  }
}
