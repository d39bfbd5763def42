package dev.cadenza.index;

import java.util.List;

/**
 * Finds the chunks most relevant to a query. Results are ordered most relevant first, ties broken
 * by chunk id so the same index and query always give the same list; at most {@code n} results.
 */
public interface Retriever {
  List<ScoredChunk> retrieve(String query, int n, Filter filter);

  /** How much one of this retriever's ranks counts when fused with others' (see ReciprocalRankFusion). */
  default double fusionWeight() {
    return 1.0;
  }
}
