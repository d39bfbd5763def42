package dev.cadenza.answer;

import dev.cadenza.index.ScoredChunk;
import dev.cadenza.index.StoredChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion (Cormack, Clarke and Büttcher, 2009): a passage scores the sum of
 * 1 / (K + rank) over the rankings that contain it. Ranks, not raw scores, are fused, so BM25
 * and cosine scales never need calibrating against each other.
 */
public final class ReciprocalRankFusion {

  /** The constant from the original paper; it damps the weight of the very top ranks. */
  public static final int K = 60;

  private ReciprocalRankFusion() {}

  /** Fuses a BM25 and a vector ranking; the result is ordered by fused score, ties by chunk id. */
  public static List<Passage> fuse(List<ScoredChunk> bm25, List<ScoredChunk> vector) {
    Map<String, StoredChunk> chunks = new LinkedHashMap<>();
    Map<String, Double> scores = new HashMap<>();
    Map<String, Integer> bm25Ranks = ranks(bm25, chunks, scores);
    Map<String, Integer> vectorRanks = ranks(vector, chunks, scores);
    Map<String, Float> bm25Scores = scoresById(bm25);
    Map<String, Float> vectorScores = scoresById(vector);
    List<String> order = new ArrayList<>(chunks.keySet());
    order.sort(Comparator.<String>comparingDouble(scores::get).reversed().thenComparing(Comparator.naturalOrder()));
    List<Passage> fused = new ArrayList<>(order.size());
    for (String id : order) {
      fused.add(new Passage(chunks.get(id), fused.size() + 1, scores.get(id),
          bm25Ranks.get(id), bm25Scores.get(id), vectorRanks.get(id), vectorScores.get(id)));
    }
    return fused;
  }

  private static Map<String, Integer> ranks(List<ScoredChunk> ranking, Map<String, StoredChunk> chunks, Map<String, Double> scores) {
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < ranking.size(); i++) {
      StoredChunk chunk = ranking.get(i).chunk();
      int rank = i + 1;
      chunks.putIfAbsent(chunk.chunkId(), chunk);
      ranks.put(chunk.chunkId(), rank);
      scores.merge(chunk.chunkId(), 1.0 / (K + rank), Double::sum);
    }
    return ranks;
  }

  private static Map<String, Float> scoresById(List<ScoredChunk> ranking) {
    Map<String, Float> scores = new HashMap<>();
    ranking.forEach(hit -> scores.put(hit.chunk().chunkId(), hit.score()));
    return scores;
  }
}
