package dev.cadenza.testing;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.index.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The shipped corpus indexed with the real all-MiniLM-L6-v2 model, opened once per test JVM and shared by the tests
 * that must show the model and the corpus matter. The index lives under {@code target/real-corpus}, so a later run
 * re-embeds only the documents that changed.
 */
public final class RealCorpus {

  private static final Path HOME = Path.of("target", "real-corpus");
  private static Cadenza cadenza;

  private RealCorpus() {}

  /** Cadenza over {@code corpus/} with the real model, its index in sync with the folder. */
  public static synchronized Cadenza cadenza() {
    if (cadenza == null) {
      Cadenza opened = Cadenza.open(new CadenzaConfig(Path.of("corpus"), HOME.resolve("index"), HOME.resolve("data")));
      opened.syncCorpus(Progress.NONE);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          opened.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "real-corpus-close"));
      cadenza = opened;
    }
    return cadenza;
  }
}
