package dev.cadenza.cli;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.ConsoleProgress;
import dev.cadenza.config.Settings;
import dev.cadenza.index.ChunkIndex;
import java.util.Map;

/** Opens Cadenza for a command, building or refreshing the index from the corpus first. */
final class Services {
  private Services() {}

  static Cadenza openSynced() {
    return openSynced(settings().asMap());
  }

  /** The file, the environment and no flags. */
  static Settings settings() {
    return Settings.load(System.getenv(), Map.of());
  }

  static Cadenza openSynced(Map<String, String> env) {
    CadenzaConfig config = CadenzaConfig.fromEnvironment(env);
    boolean fresh = !ChunkIndex.exists(config.indexDir());
    System.err.println(fresh
        ? "Building the index from " + config.corpusDir() + " (first start; later starts reuse it)..."
        : "Opening the index in " + config.indexDir() + "...");
    Cadenza cadenza = Cadenza.open(config);
    cadenza.syncCorpus(ConsoleProgress.onStderr("chunks"));
    return cadenza;
  }
}
