package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.retrieve.HybridSearch;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.CorpusLoader;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.index.Bm25Retriever;
import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.DocumentSync;
import dev.cadenza.index.Filter;
import dev.cadenza.index.LuceneEmbeddingStore;
import dev.cadenza.index.Progress;
import dev.cadenza.index.StoredChunk;
import dev.cadenza.index.VectorRetriever;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import dev.cadenza.testing.LongTests;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searchers (hybrid search, the langchain4j store view, per-document chunk reads) run while a writer
 * adds, updates and deletes documents. Every search must succeed, stay sorted and see each document
 * whole: its chunks are always one complete version, positions 0..n-1.
 */
class ConcurrentSearchAndWriteTest {

  private static final long SEED = 31337L;
  private static final int WRITES = LongTests.count(45, 600);
  private static final int SEARCHERS = 3;

  @TempDir Path temp;

  @Test
  void searchesKeepSucceedingWhileDocumentsChange() throws Exception {
    System.out.println("seed " + SEED);
    Path corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    Path generated = GeneratedLibrary.write(temp.resolve("generated"), 30, SEED);
    try (ChunkIndex index = ChunkIndex.open(temp.resolve("index"), new HashingEmbedder())) {
      DocumentSync sync = new DocumentSync(index, new Chunker());
      sync.sync(CorpusLoader.load(corpus).documents(), Progress.NONE);
      HybridSearch hybrid = new HybridSearch(new Bm25Retriever(index), new VectorRetriever(index));
      LuceneEmbeddingStore store = new LuceneEmbeddingStore(index);
      HashingEmbedder embedder = new HashingEmbedder();
      Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicInteger searches = new AtomicInteger();
      CountDownLatch writerDone = new CountDownLatch(1);
      CountDownLatch start = new CountDownLatch(1);
      List<String> queries = List.of("deceptive cadence", "dominant seventh resolves to the tonic", "tritone", "Section 2",
          "the Neapolitan sixth in C minor", "species counterpoint");

      List<Thread> threads = new ArrayList<>();
      for (int s = 0; s < SEARCHERS; s++) {
        int id = s;
        threads.add(Thread.ofPlatform().name("searcher-" + s).start(() -> guard(failures, () -> {
          start.await();
          for (int i = 0; writerDone.getCount() > 0 || i < 20; i++) {
            String query = queries.get((i + id) % queries.size());
            checkSorted(hybrid.search(query, 5, Filter.NONE));
            var matches = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(embedder.embed(query).content()).maxResults(5).build()).matches();
            for (int m = 1; m < matches.size(); m++) {
              assertThat(matches.get(m).score()).isLessThanOrEqualTo(matches.get(m - 1).score());
            }
            checkWhole(index.chunksOf("uploads/doc-00" + (i % 5)));
            searches.incrementAndGet();
          }
        })));
      }
      threads.add(Thread.ofPlatform().name("writer").start(() -> guard(failures, () -> {
        start.await();
        try {
          for (int w = 0; w < WRITES; w++) {
            String name = String.format(java.util.Locale.ROOT, "doc-%03d.md", w % 10);
            byte[] bytes = java.nio.file.Files.readAllBytes(generated.resolve(String.format(java.util.Locale.ROOT, "doc-%03d.md", w % 30)));
            switch (w % 3) {
              case 0, 1 -> sync.put(DocumentParser.parse("uploads/" + name.replace(".md", ""), name, bytes));
              default -> index.delete("uploads/" + name.replace(".md", ""));
            }
          }
        } finally {
          writerDone.countDown();
        }
      })));
      start.countDown();
      for (Thread thread : threads) {
        thread.join(TimeUnit.MINUTES.toMillis(3));
        assertThat(thread.isAlive()).as(thread.getName() + " finished").isFalse();
      }
      assertThat(failures).as("failures in concurrent threads").isEmpty();
      assertThat(searches.get()).isGreaterThanOrEqualTo(SEARCHERS * 20);
      assertThat(index.documents()).extracting(d -> d.id()).doesNotHaveDuplicates();
    }
  }

  private static void checkSorted(List<Passage> passages) {
    assertThat(passages).hasSizeLessThanOrEqualTo(5);
    assertThat(passages).extracting(Passage::fusedScore).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(passages).extracting(p -> p.chunk().chunkId()).doesNotHaveDuplicates();
  }

  private static void checkWhole(List<StoredChunk> chunks) {
    assertThat(chunks).extracting(StoredChunk::position).containsExactlyElementsOf(IntStream.range(0, chunks.size()).boxed().toList());
  }

  private interface Body {
    void run() throws Exception;
  }

  private static void guard(Queue<Throwable> failures, Body body) {
    try {
      body.run();
    } catch (Throwable t) {
      failures.add(t);
    }
  }
}
