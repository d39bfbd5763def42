package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.testing.HashingEmbedder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OtherMetricsTest {

  @Test
  void cosineOfParallelOrthogonalAndOppositeVectors() {
    assertThat(EmbeddingSimilarity.cosine(new float[] {1, 2, 2}, new float[] {2, 4, 4})).isCloseTo(1.0, within(1e-12));
    assertThat(EmbeddingSimilarity.cosine(new float[] {1, 0}, new float[] {0, 3})).isCloseTo(0.0, within(1e-12));
    assertThat(EmbeddingSimilarity.cosine(new float[] {1, 1}, new float[] {-1, -1})).isCloseTo(-1.0, within(1e-12));
    // (3, 4) . (4, 3) = 24; |a| = |b| = 5, so 24 / 25
    assertThat(EmbeddingSimilarity.cosine(new float[] {3, 4}, new float[] {4, 3})).isCloseTo(0.96, within(1e-12));
  }

  @Test
  void cosineWithTheZeroVectorIsZeroAndLengthsMustMatch() {
    assertThat(EmbeddingSimilarity.cosine(new float[] {0, 0}, new float[] {1, 0})).isEqualTo(0.0);
    assertThatThrownBy(() -> EmbeddingSimilarity.cosine(new float[] {1}, new float[] {1, 0}))
        .hasMessage("vectors differ in length: 1 and 2");
  }

  @Test
  void embeddingSimilarityOfATextWithItselfIsOneAndOfABlankAnswerZero() {
    EmbeddingSimilarity similarity = new EmbeddingSimilarity(new HashingEmbedder());
    assertThat(similarity.similarity("perfect authentic cadence", "perfect authentic cadence")).isCloseTo(1.0, within(1e-6));
    assertThat(similarity.similarity("  ", "perfect authentic cadence")).isEqualTo(0.0);
  }

  @Test
  void firstRelevantRankCountsDistinctDocumentsInOrder() {
    // passages from a, a, b, c: documents ranked a = 1, b = 2, c = 3
    assertThat(Retrieval.firstRelevantRank(List.of("a", "a", "b", "c"), Set.of("c", "z"))).isEqualTo(3);
    assertThat(Retrieval.firstRelevantRank(List.of("a", "b"), Set.of("b", "a"))).isEqualTo(1);
    assertThat(Retrieval.firstRelevantRank(List.of("a", "b"), Set.of("z"))).isZero();
  }

  @Test
  void reciprocalRankIsOneOverTheRankAndZeroForAMiss() {
    assertThat(Retrieval.reciprocalRank(4)).isEqualTo(0.25);
    assertThat(Retrieval.reciprocalRank(0)).isZero();
  }

  @Test
  void nearestRankPercentileIsAlwaysAMeasuredValue() {
    // p50 of 4 values: rank ceil(0.5 * 4) = 2, the 2nd smallest
    assertThat(Percentiles.nearestRank(List.of(4.0, 1.0, 3.0, 2.0), 50)).isEqualTo(2.0);
    // p50 of 3 values: rank ceil(1.5) = 2
    assertThat(Percentiles.nearestRank(List.of(30.0, 10.0, 20.0), 50)).isEqualTo(20.0);
    // p95 of 1..20: rank ceil(0.95 * 20) = 19, exactly 19 with no rounding up to 20
    List<Double> oneToTwenty = IntStream.rangeClosed(1, 20).mapToDouble(i -> i).boxed().toList();
    assertThat(Percentiles.nearestRank(oneToTwenty, 95)).isEqualTo(19.0);
    // p95 of 1..10: rank ceil(9.5) = 10
    assertThat(Percentiles.nearestRank(oneToTwenty.subList(0, 10), 95)).isEqualTo(10.0);
    assertThat(Percentiles.nearestRank(List.of(7.5), 95)).isEqualTo(7.5);
    assertThat(Percentiles.nearestRank(oneToTwenty, 100)).isEqualTo(20.0);
  }

  @Test
  void percentilesNeedValuesAndAPercentInRange() {
    assertThatThrownBy(() -> Percentiles.nearestRank(List.of(), 50)).hasMessage("no values to take a percentile of");
    assertThatThrownBy(() -> Percentiles.nearestRank(List.of(1.0), 0))
        .hasMessage("illegal percentile: 0.0, must be in (0, 100]");
  }

  @Test
  void factCountsAddUpAndRejectNegatives() {
    assertThat(new FactCounts(2, 1).plus(new FactCounts(3, 0))).isEqualTo(new FactCounts(5, 1));
    assertThat(new FactCounts(5, 1).total()).isEqualTo(6);
    assertThatThrownBy(() -> new FactCounts(-1, 0)).hasMessage("illegal correct: -1, must be >= 0");
  }

  @Test
  void backendsAreChosenByNameAndUnknownNamesListTheChoices() {
    assertThat(Backend.parse("Embedded")).isEqualTo(Backend.EMBEDDED);
    assertThatThrownBy(() -> Backend.parse("gpt9")).hasMessage("unknown backend: gpt9, choose one of: embedded");
  }

  @Test
  void optionsRejectKOutsideTheAskRange() {
    assertThatThrownBy(() -> new EvalOptions(Path.of("q.jsonl"), Backend.EMBEDDED, 0, false, null))
        .hasMessage("illegal k: 0, must be between 1 and 20");
  }
}
