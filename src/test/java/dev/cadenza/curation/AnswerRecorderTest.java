package dev.cadenza.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.Verification;
import dev.cadenza.index.Filter;
import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import dev.cadenza.testing.HashingEmbedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording never holds up the answer: requests only queue, and a full queue drops instead of waiting. */
class AnswerRecorderTest {

  @TempDir Path temp;

  @Test
  void answersAreQueuedWithoutWaitingForTheWorkerAndAFullQueueDropsInsteadOfBlocking() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    EmbeddingModel stalled = new EmbeddingModel() {
      private final HashingEmbedder inner = new HashingEmbedder();

      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return inner.embedAll(segments);
      }
    };
    Database database = Database.open(DatabaseSettings.sqlite(temp.resolve("cadenza.db")));
    try (Curation curation = Curation.open(() -> database, stalled, CurationSettings.DEFAULT, Clock.systemUTC())) {
      int sent = AnswerRecorder.QUEUE_CAPACITY + AnswerRecorder.BATCH + 50;
      long start = System.nanoTime();
      for (int i = 0; i < sent; i++) {
        curation.recorder().answered("who invented the quibbleflute", Filter.NONE, uncovered());
      }
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      assertThat(elapsedMs).as("%d answers handed over while the worker is stuck", sent).isLessThan(2_000);
      // The worker may take a first batch (up to BATCH) off the queue before it stalls; the queue holds the capacity.
      assertThat(curation.recorder().dropped()).isBetween(50L, AnswerRecorder.BATCH + 50L);

      release.countDown();
      curation.recorder().flush(Duration.ofSeconds(60));
      int recorded = curation.gaps().groups(GapLog.Status.OPEN, 5).getFirst().count();
      assertThat(recorded).isEqualTo(sent - (int) curation.recorder().dropped());
    }
  }

  private static AskResult uncovered() {
    return new AskResult("q", "Not covered.", "embedded", false, "conceptual", null, List.of(),
        new Verification(List.of(), false), Map.of(), null, List.of());
  }
}
