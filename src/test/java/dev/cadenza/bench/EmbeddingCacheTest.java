package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.testing.CountingEmbedder;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

  @TempDir Path temp;
  private final PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());

  @Test
  void cachedPrefixIsReusedAndOnlyTheRestIsEmbedded() {
    CountingEmbedder model = new CountingEmbedder();
    TheoryText text = new TheoryText(3);
    float[][] first = new EmbeddingCache(temp, model, text, quiet).passages(40);
    assertThat(model.texts.get()).isEqualTo(40);

    float[][] smaller = new EmbeddingCache(temp, model, text, quiet).passages(25);
    assertThat(model.texts.get()).as("a smaller request reads the cache").isEqualTo(40);
    assertThat(smaller[24]).containsExactly(first[24]);

    float[][] larger = new EmbeddingCache(temp, model, text, quiet).passages(60);
    assertThat(model.texts.get()).as("a larger request embeds only the new texts").isEqualTo(60);
    assertThat(larger[39]).containsExactly(first[39]);
    assertThat(new EmbeddingCache(temp, model, text, quiet).passages(60)[59]).containsExactly(larger[59]);
  }

  @Test
  void anotherSeedDoesNotReuseTheCache() {
    CountingEmbedder model = new CountingEmbedder();
    new EmbeddingCache(temp, model, new TheoryText(3), quiet).passages(10);
    new EmbeddingCache(temp, model, new TheoryText(4), quiet).passages(10);
    assertThat(model.texts.get()).isEqualTo(20);
  }

  @Test
  void vectorsAreUnitLength() {
    float[][] vectors = new EmbeddingCache(temp, new CountingEmbedder(), new TheoryText(3), quiet).questions(5);
    for (float[] v : vectors) assertThat(Vectors.dot(v, v)).isCloseTo(1f, within(1e-5f));
  }
}
