package dev.cadenza.app;

import dev.cadenza.answer.Admission;
import dev.cadenza.llm.LlmConfig;
import dev.cadenza.store.DatabaseSettings;
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
 * @param maxRunningAnswers answers computed at once ({@code CADENZA_MAX_RUNNING_ANSWERS}, default 32)
 * @param maxWaitingAnswers requests that may wait for a turn before more get 503 ({@code CADENZA_MAX_WAITING_ANSWERS}, default 256)
 * @param database learner and curation state ({@code CADENZA_DB_URL}, default SQLite at {@code <dataDir>/cadenza.db})
 */
public record CadenzaConfig(Path corpusDir, Path indexDir, Path dataDir, LlmConfig llm, int maxRunningAnswers,
    int maxWaitingAnswers, DatabaseSettings database) {

  public CadenzaConfig {
    Objects.requireNonNull(corpusDir, "corpusDir");
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(database, "database");
    if (maxRunningAnswers < 1) {
      throw new IllegalArgumentException("illegal CADENZA_MAX_RUNNING_ANSWERS: " + maxRunningAnswers + ", must be >= 1");
    }
    if (maxWaitingAnswers < 0) {
      throw new IllegalArgumentException("illegal CADENZA_MAX_WAITING_ANSWERS: " + maxWaitingAnswers + ", must be >= 0");
    }
  }

  /** With SQLite in the data folder. */
  public CadenzaConfig(Path corpusDir, Path indexDir, Path dataDir, LlmConfig llm, int maxRunningAnswers,
      int maxWaitingAnswers) {
    this(corpusDir, indexDir, dataDir, llm, maxRunningAnswers, maxWaitingAnswers,
        DatabaseSettings.sqlite(dataDir.resolve(DatabaseSettings.SQLITE_FILE)));
  }

  public CadenzaConfig(Path corpusDir, Path indexDir, Path dataDir, LlmConfig llm) {
    this(corpusDir, indexDir, dataDir, llm, Admission.DEFAULT_MAX_RUNNING, Admission.DEFAULT_MAX_WAITING);
  }

  public CadenzaConfig(Path corpusDir, Path indexDir, Path dataDir) {
    this(corpusDir, indexDir, dataDir, null);
  }

  /** The same locations and model server with other admission limits. */
  public CadenzaConfig withAnswerLimits(int maxRunning, int maxWaiting) {
    return new CadenzaConfig(corpusDir, indexDir, dataDir, llm, maxRunning, maxWaiting, database);
  }

  /** Reads the locations and the optional model server from {@code env}, falling back to the defaults. */
  public static CadenzaConfig fromEnvironment(Map<String, String> env) {
    Path dataDir = Path.of(env.getOrDefault("CADENZA_DATA", "data"));
    return new CadenzaConfig(
        Path.of(env.getOrDefault("CADENZA_CORPUS", "corpus")),
        Path.of(env.getOrDefault("CADENZA_INDEX", "index")),
        dataDir,
        LlmConfig.fromEnvironment(env).orElse(null),
        count(env, "CADENZA_MAX_RUNNING_ANSWERS", Admission.DEFAULT_MAX_RUNNING),
        count(env, "CADENZA_MAX_WAITING_ANSWERS", Admission.DEFAULT_MAX_WAITING),
        DatabaseSettings.fromEnvironment(env, dataDir));
  }

  private static int count(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
    }
  }
}
