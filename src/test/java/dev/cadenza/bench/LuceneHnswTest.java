package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneHnswTest {

  private static final long SEED = 77L;

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "m=16,beam=100",                          // ChunkIndex's settings
      "ram=1,threads=2,merge=one,workers=2",    // tiny buffer: many segments, merged by two workers
      "quant=int7",                             // 7-bit scalar quantisation
      "m=8,beam=50,quant=int4",                 // 4-bit
  })
  void everySettingBuildsAnIndexThatFindsTheNearestNeighbours(String text) throws Exception {
    System.out.println("seed " + SEED);
    HnswSettings settings = HnswSettings.parse(text);
    Random random = new Random(SEED);
    float[][] base = ExactSearchTest.randomUnitVectors(random, 100, 32);
    float[][] vectors = Vectors.perturbed(base, 1500, 0.05, SEED);
    ExactSearch exact = new ExactSearch(vectors);
    try (LuceneHnsw hnsw = LuceneHnsw.build(temp.resolve("hnsw"), vectors, settings).withFanOut(4)) {
      if (settings.forceMerge()) {
        assertThat(hnsw.segments()).isEqualTo(1);
      } else {
        // Without merging, each indexing thread flushes its own segment at the commit (the buffer never fills).
        assertThat(hnsw.segments()).isBetween(1, settings.indexThreads());
      }
      assertThat(hnsw.diskBytes()).isPositive();
      double recall = 0;
      for (int q = 0; q < 30; q++) {
        float[] query = vectors[random.nextInt(vectors.length)];
        recall += Recall.at(10, exact.search(query, 10), hnsw.search(query, 10), query, exact);
      }
      assertThat(recall / 30).isGreaterThan(settings.quantization() == HnswSettings.Quantization.INT4 ? 0.6 : 0.85);
    }
  }
}
