package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorsTest {

  private static final long SEED = 5L;

  @Test
  void dotProductMatchesTheTextbookSum() {
    float[] a = {1, 2, 3, 4, 5};
    float[] b = {5, 4, 3, 2, 1};
    assertThat(Vectors.dot(a, b)).isEqualTo(35f);
  }

  @Test
  void perturbedCopiesAreUnitLengthCloseToTheirBaseAndReproducible() {
    System.out.println("seed " + SEED);
    float[][] base = ExactSearchTest.randomUnitVectors(new Random(SEED), 10, 384);
    // Another seed for the noise: with the same one, the noise would replay the Gaussians that made the base.
    float[][] out = Vectors.perturbed(base, 35, 0.02, SEED + 1);
    assertThat(out).hasNumberOfRows(35);
    assertThat(out[3]).isSameAs(base[3]);
    for (int i = 10; i < 35; i++) {
      assertThat(Vectors.dot(out[i], out[i])).isCloseTo(1f, within(1e-4f));
      float similarity = Vectors.dot(out[i], base[i % 10]);
      assertThat(similarity).as("copy %d", i).isBetween(0.85f, 0.99f);
    }
    assertThat(Vectors.perturbed(base, 35, 0.02, SEED + 1)[20]).containsExactly(out[20]);
  }
}
