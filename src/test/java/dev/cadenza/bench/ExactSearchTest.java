package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExactSearchTest {

  private static final long SEED = 20260101L;

  @Test
  void findsTheSameTopKAsSortingEveryScore() {
    System.out.println("seed " + SEED);
    Random random = new Random(SEED);
    float[][] vectors = randomUnitVectors(random, 500, 16);
    ExactSearch exact = new ExactSearch(vectors);
    for (int q = 0; q < 20; q++) {
      float[] query = randomUnitVectors(random, 1, 16)[0];
      int[] expected = IntStream.range(0, vectors.length).boxed()
          .sorted(Comparator.<Integer>comparingDouble(i -> -Vectors.dot(query, vectors[i])).thenComparing(i -> i))
          .limit(10).mapToInt(Integer::intValue).toArray();
      assertThat(exact.search(query, 10)).containsExactly(expected);
    }
  }

  @Test
  void tiesGoToTheLowerItemNumber() {
    float[][] vectors = {{0f, 1f}, {1f, 0f}, {1f, 0f}, {1f, 0f}};
    assertThat(new ExactSearch(vectors).search(new float[] {1f, 0f}, 2)).containsExactly(1, 2);
  }

  @Test
  void kLargerThanTheIndexReturnsEverything() {
    float[][] vectors = {{1f, 0f}, {0f, 1f}};
    assertThat(new ExactSearch(vectors).search(new float[] {0f, 1f}, 10)).containsExactly(1, 0);
  }

  @Test
  void recallCountsATieWithTheKthScoreAsAHit() {
    float[][] vectors = {{1f, 0f}, {1f, 0f}, {0f, 1f}};
    ExactSearch exact = new ExactSearch(vectors);
    float[] query = {1f, 0f};
    assertThat(Recall.at(1, new int[] {0}, new int[] {1}, query, exact)).isEqualTo(1.0);
    assertThat(Recall.at(2, new int[] {0, 1}, new int[] {0, 2}, query, exact)).isEqualTo(0.5);
  }

  static float[][] randomUnitVectors(Random random, int n, int dimension) {
    float[][] vectors = new float[n][dimension];
    for (float[] v : vectors) {
      for (int d = 0; d < dimension; d++) v[d] = (float) random.nextGaussian();
      Vectors.normalize(v);
    }
    return vectors;
  }
}
