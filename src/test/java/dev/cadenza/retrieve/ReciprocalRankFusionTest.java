package dev.cadenza.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.retrieve.ReciprocalRankFusion.Ranking;
import dev.cadenza.index.ScoredChunk;
import dev.cadenza.index.StoredChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

  private static ScoredChunk hit(String id, float score) {
    return new ScoredChunk(new StoredChunk(id, "doc", "T", "H", "text", "beginner", "harmony", 0), score);
  }

  private static List<Passage> fuse(List<ScoredChunk> bm25, List<ScoredChunk> vector) {
    return ReciprocalRankFusion.fuse(List.of(new Ranking(Passage.BM25, bm25), new Ranking(Passage.VECTOR, vector)));
  }

  @Test
  void passageInBothListsOutranksPassagesInOne() {
    List<Passage> fused = fuse(
        List.of(hit("a", 9), hit("b", 5)), List.of(hit("c", 0.9f), hit("b", 0.8f)));
    assertThat(fused).extracting(p -> p.chunk().chunkId()).containsExactly("b", "a", "c");
    // b: 1/(60+2) + 1/(60+2); a: 1/61; c: 1/61
    assertThat(fused.getFirst().fusedScore()).isCloseTo(2.0 / 62, within(1e-12));
    assertThat(fused.get(1).fusedScore()).isCloseTo(1.0 / 61, within(1e-12));
  }

  @Test
  void equalScoresAreOrderedByChunkId() {
    List<Passage> fused = fuse(List.of(hit("z", 1)), List.of(hit("m", 1)));
    assertThat(fused).extracting(p -> p.chunk().chunkId()).containsExactly("m", "z");
  }

  @Test
  void recordsRanksFromEachRetriever() {
    Passage b = fuse(List.of(hit("a", 9), hit("b", 5)), List.of(hit("b", 0.8f))).getFirst();
    assertThat(b.chunk().chunkId()).isEqualTo("b");
    assertThat(b.bm25Rank()).isEqualTo(2);
    assertThat(b.vectorRank()).isEqualTo(1);
    assertThat(b.fusedRank()).isEqualTo(1);
  }

  @Test
  void emptyInputsFuseToNothing() {
    assertThat(ReciprocalRankFusion.fuse(List.of())).isEmpty();
  }

  @Test
  void aThirdRankingCountsLikeTheOthersAndKeepsItsOwnEvidence() {
    List<Passage> fused = ReciprocalRankFusion.fuse(List.of(new Ranking(Passage.BM25, List.of(hit("a", 9), hit("b", 5))),
        new Ranking(Passage.VECTOR, List.of(hit("a", 0.9f), hit("b", 0.8f))),
        new Ranking("sentences", List.of(hit("b", 0.7f)))));
    assertThat(fused).extracting(p -> p.chunk().chunkId()).containsExactly("b", "a");
    assertThat(fused.getFirst().fusedScore()).isCloseTo(2.0 / 62 + 1.0 / 61, within(1e-12));
    assertThat(fused.getFirst().evidence()).containsExactly(new RankEvidence(Passage.BM25, 2, 5f),
        new RankEvidence(Passage.VECTOR, 2, 0.8f), new RankEvidence("sentences", 1, 0.7f));
    assertThat(fused.get(1).under("sentences")).isNull();
  }

  @Test
  void aWeightedRankingCountsItsWeightTimesOver() {
    List<Passage> fused = ReciprocalRankFusion.fuse(List.of(new Ranking(Passage.BM25, List.of(hit("a", 9), hit("b", 5))),
        new Ranking(Passage.VECTOR, List.of(hit("a", 0.9f), hit("c", 0.8f))),
        new Ranking("definition", List.of(hit("c", 0.6f)), 2.0)));
    assertThat(fused).extracting(p -> p.chunk().chunkId()).containsExactly("c", "a", "b");
    assertThat(fused.getFirst().fusedScore()).isCloseTo(1.0 / 62 + 2.0 / 61, within(1e-12));
  }
}
