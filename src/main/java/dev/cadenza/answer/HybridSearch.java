package dev.cadenza.answer;

import dev.cadenza.index.Filter;
import dev.cadenza.index.Retriever;
import java.util.List;

/** BM25 and vector retrieval run side by side and fused by {@link ReciprocalRankFusion}. */
public final class HybridSearch {

  /** Each retriever returns this many times k candidates, so fusion has overlap to work with. */
  private static final int FAN_OUT = 4;
  private static final int MIN_CANDIDATES = 20;

  private final Retriever bm25;
  private final Retriever vectors;

  public HybridSearch(Retriever bm25, Retriever vectors) {
    this.bm25 = bm25;
    this.vectors = vectors;
  }

  /** The top {@code k} fused passages, most relevant first. */
  public List<Passage> search(String query, int k, Filter filter) {
    if (k < 1) {
      throw new IllegalArgumentException("illegal k: " + k + ", must be >= 1");
    }
    int candidates = Math.max(MIN_CANDIDATES, k * FAN_OUT);
    List<Passage> fused = ReciprocalRankFusion.fuse(
        bm25.retrieve(query, candidates, filter), vectors.retrieve(query, candidates, filter));
    return fused.subList(0, Math.min(k, fused.size()));
  }
}
