package dev.cadenza.reliability;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.Curator;
import dev.cadenza.store.DatabaseSettings;
import dev.cadenza.testing.HashingEmbedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The process {@link KillDuringUploadTest} kills: uploads one document through the curator with an embedder that
 * prints {@code embedding} and then never returns, so the kill lands after the original is staged and before the
 * index commits. Arguments: corpus, index and data folders, and optionally a PostgreSQL URL (user postgres) whose
 * shared document store the upload goes to.
 */
public final class UploadChild {

  private UploadChild() {}

  public static void main(String[] args) throws Exception {
    CadenzaConfig config = args.length > 3
        ? ReplicasTest.config(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), new DatabaseSettings(args[3], "postgres", null))
        : new CadenzaConfig(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    try (Cadenza cadenza = Cadenza.open(config, new StallingEmbedder())) {
      System.out.println("opened");
      cadenza.curator().add("uploads/interrupted", "interrupted.md", KillDuringUploadTest.DOCUMENT.getBytes(StandardCharsets.UTF_8),
          Curator.WrongFacts.HOLD);
      System.out.println("done");
    }
  }

  /** Embeds queries as the hashing embedder does and stalls forever on the upload's chunks. */
  private static final class StallingEmbedder implements EmbeddingModel {
    private final HashingEmbedder hashing = new HashingEmbedder();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      if (segments.stream().anyMatch(s -> s.text().contains(KillDuringUploadTest.MARKER))) {
        System.out.println("embedding");
        try {
          new CountDownLatch(1).await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return hashing.embedAll(segments);
    }

    @Override
    public int dimension() {
      return hashing.dimension();
    }
  }
}
