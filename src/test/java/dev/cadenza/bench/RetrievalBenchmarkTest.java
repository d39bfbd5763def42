package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.testing.CountingEmbedder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole retrieval benchmark at toy sizes with the hashing embedder: every method reports, exact methods are exact. */
class RetrievalBenchmarkTest {

  @TempDir Path temp;

  @Test
  void measuresEveryMethodAtEverySizeAndWritesAReport() throws Exception {
    RetrievalOptions options = new RetrievalOptions(List.of(600, 300), 400, 0.02, 20, 5, 0, 10, List.of(1, 4),
        HnswSettings.parseList("m=16,beam=100;quant=int7"), 1000, 300, 42L, temp.resolve("cache"), temp.resolve("work"), false);
    List<RetrievalBenchmark.Results> partial = new ArrayList<>();
    RetrievalBenchmark.Results results = new RetrievalBenchmark(options, new CountingEmbedder(),
        new PrintStream(java.io.OutputStream.nullOutputStream())).run(partial::add);

    assertThat(partial).as("a partial report after every row and after each size").hasSize(results.rows().size() + 2);
    assertThat(results.rows()).extracting(RetrievalBenchmark.Row::size).containsOnly(300, 600);
    // Per size: exact, store, and two HNSW settings at two fan-outs.
    assertThat(results.rows()).hasSize(2 * (1 + 1 + 2 * 2));
    assertThat(results.rows()).filteredOn(r -> !r.method().equals("Lucene HNSW"))
        .allSatisfy(r -> assertThat(r.recall()).as(r.method()).isEqualTo(1.0));
    assertThat(results.rows()).filteredOn(r -> r.method().equals("Lucene HNSW"))
        .allSatisfy(r -> assertThat(r.buildSeconds()).isPositive());
    assertThat(results.hybrid()).singleElement().satisfies(h -> {
      assertThat(h.size()).isEqualTo(300);
      assertThat(h.hybrid().samples()).isEqualTo(20);
    });
    assertThat(results.provenance()).contains("first 400 are real embeddings");

    Path markdown = BenchReport.of("retrieval", "test", 42L, Machine.current(), List.of(results.provenance()),
        RetrievalBenchmark.tables(results, 10), results)
        .write(temp.resolve("out"));
    assertThat(Files.readString(markdown)).contains("| 600 | Lucene HNSW |").contains("hybrid p50 / p99 ms");
    assertThat(temp.resolve("out/retrieval.json")).content().contains("\"recall\"");
    assertThat(temp.resolve("work")).isEmptyDirectory();
  }
}
