package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.bench.AskLoad;
import dev.cadenza.bench.Heap;
import dev.cadenza.bench.TheoryText;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import dev.cadenza.web.CadenzaApp;
import dev.cadenza.web.RateLimit;
import dev.cadenza.web.WebConfig;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Used heap after a full GC must not keep growing under a steady stream of /api/ask requests: after
 * a warm-up, each round of requests may leave at most {@link #BOUND_MB} MB more than the baseline.
 * CI: 1,200 requests with the hashing embedder. Long: 7,000 with the real MiniLM model.
 */
class HeapUnderLoadTest {

  /** Room for buffer pools and caches that fill to a fixed size; a leak of even 1 KB per request exceeds it over a long run. */
  private static final double BOUND_MB = LongTests.count(8, 6);
  private static final int ROUNDS = LongTests.count(3, 6);
  private static final int PER_ROUND = LongTests.count(300, 1_000);
  private static final int CLIENTS = 8;

  @TempDir Path temp;

  @Test
  void usedHeapAfterGcStaysFlatUnderAskLoad() {
    EmbeddingModel embedder = LongTests.enabled() ? new AllMiniLmL6V2EmbeddingModel() : new HashingEmbedder();
    Path corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    try (Cadenza cadenza = Cadenza.open(new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data")), embedder)) {
      cadenza.syncCorpus(Progress.NONE);
      Javalin app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, "t"), temp),
          WebConfig.DEFAULT_MAX_UPLOAD_BYTES, RateLimit.OFF)).start("127.0.0.1", 0);
      try {
        TheoryText text = new TheoryText(7);
        List<String> questions = IntStream.range(0, 200).mapToObj(text::question).toList();
        AskLoad load = new AskLoad("http://127.0.0.1:" + app.port(), questions);
        assertThat(load.run(CLIENTS, PER_ROUND, Duration.ofMinutes(5)).errors()).as("warm-up errors").isZero();
        long baseline = Heap.usedAfterGc();
        List<Double> growth = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
          AskLoad.Result result = load.run(CLIENTS, PER_ROUND, Duration.ofMinutes(5));
          assertThat(result.errors()).as("errors in round %d: %s", round, result.firstError()).isZero();
          assertThat(result.completed()).isEqualTo(PER_ROUND);
          growth.add(Heap.mb(Heap.usedAfterGc() - baseline));
        }
        System.out.printf(Locale.ROOT, "baseline %.1f MB after GC; growth after each round of %d requests: %s MB%n",
            Heap.mb(baseline), PER_ROUND, growth.stream().map(mb -> String.format(Locale.ROOT, "%.2f", mb)).toList());
        assertThat(growth).allSatisfy(mb -> assertThat(mb).isLessThanOrEqualTo(BOUND_MB));
      } finally {
        app.stop();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
