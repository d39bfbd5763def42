package dev.cadenza.cli;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.ConsoleProgress;
import dev.cadenza.config.Settings;
import dev.cadenza.embed.Embedders;
import dev.cadenza.index.ChunkIndex;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Map;
import java.util.function.Function;

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

  /** With the embedding model {@code CADENZA_EMBEDDING} names. */
  static Cadenza openSynced(Map<String, String> env) {
    Embedders.Model model = Embedders.Model.fromEnvironment(env);
    return openSynced(env, config -> Cadenza.open(config, model));
  }

  /** With the caller's embedding model, which the caller closes. */
  static Cadenza openSynced(EmbeddingModel embedder) {
    return openSynced(settings().asMap(), config -> Cadenza.open(config, embedder));
  }

  private static Cadenza openSynced(Map<String, String> env, Function<CadenzaConfig, Cadenza> opener) {
    CadenzaConfig config = CadenzaConfig.fromEnvironment(env);
    boolean fresh = !ChunkIndex.exists(config.indexDir());
    System.err.println(fresh
        ? "Building the index from " + config.corpusDir() + " (first start; later starts reuse it)..."
        : "Opening the index in " + config.indexDir() + "...");
    Cadenza cadenza = opener.apply(config);
    cadenza.syncCorpus(ConsoleProgress.onStderr("chunks"));
    return cadenza;
  }
}
