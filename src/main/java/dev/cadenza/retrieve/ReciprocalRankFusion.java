package dev.cadenza.retrieve;

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
 * and cosine scales never need calibrating against each other, and any number of rankings fuse alike; a ranking
 * may be weighted, as a short list of passages known to fit counts for more than a long list of likely ones.
 */
public final class ReciprocalRankFusion {

  /** The constant from the original paper; it damps the weight of the very top ranks. */
  public static final int K = 60;

  /** One retriever's list, most relevant first; each of its ranks counts {@code weight} times 1 / (K + rank). */
  public record Ranking(String retriever, List<ScoredChunk> hits, double weight) {
    public Ranking(String retriever, List<ScoredChunk> hits) {
      this(retriever, hits, 1.0);
    }
  }

  private ReciprocalRankFusion() {}

  /** Fuses the rankings; the result is ordered by fused score, ties by chunk id, each passage with its evidence. */
  public static List<Passage> fuse(List<Ranking> rankings) {
    Map<String, StoredChunk> chunks = new LinkedHashMap<>();
    Map<String, Double> scores = new HashMap<>();
    Map<String, List<RankEvidence>> evidence = new HashMap<>();
    for (Ranking ranking : rankings) {
      for (int i = 0; i < ranking.hits().size(); i++) {
        ScoredChunk hit = ranking.hits().get(i);
        String id = hit.chunk().chunkId();
        int rank = i + 1;
        chunks.putIfAbsent(id, hit.chunk());
        scores.merge(id, ranking.weight() / (K + rank), Double::sum);
        evidence.computeIfAbsent(id, k -> new ArrayList<>()).add(new RankEvidence(ranking.retriever(), rank, hit.score()));
      }
    }
    List<String> order = new ArrayList<>(chunks.keySet());
    order.sort(Comparator.<String>comparingDouble(scores::get).reversed().thenComparing(Comparator.naturalOrder()));
    List<Passage> fused = new ArrayList<>(order.size());
    for (String id : order) {
      fused.add(new Passage(chunks.get(id), fused.size() + 1, scores.get(id), evidence.get(id)));
    }
    return fused;
  }
}
