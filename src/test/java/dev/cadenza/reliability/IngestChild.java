package dev.cadenza.reliability;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.testing.HashingEmbedder;
import java.nio.file.Path;
import java.util.List;

/**
 * The process {@link KillDuringIngestTest} kills: ingests a folder through the curator (one commit per
 * file) with the fast hashing embedder, printing {@code ingested N/TOTAL} after each committed file
 * and {@code done} at the end. Arguments: corpus, index, data and source folders.
 */
public final class IngestChild {

  private IngestChild() {}

  public static void main(String[] args) throws Exception {
    CadenzaConfig config = new CadenzaConfig(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    try (Cadenza cadenza = Cadenza.open(config, new HashingEmbedder())) {
      System.out.println("opened");
      cadenza.curator().ingest(List.of(Path.of(args[3])), (phase, done, total) -> System.out.println("ingested " + done + "/" + total));
      System.out.println("done");
    }
  }
}
