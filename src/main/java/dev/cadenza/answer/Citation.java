package dev.cadenza.answer;

import dev.cadenza.retrieve.Passage;

/**
 * A passage an answer cites as {@code [n]}, with its retrieval evidence: fused score, and the
 * 1-based ranks under BM25 and vector search (null where that retriever did not return it).
 */
public record Citation(
    int n,
    String docId,
    String title,
    String heading,
    String chunkId,
    double score,
    String text,
    Integer bm25Rank,
    Integer vectorRank,
    int fusedRank) {

  static Citation of(int n, Passage passage) {
    var chunk = passage.chunk();
    return new Citation(n, chunk.docId(), chunk.title(), chunk.heading(), chunk.chunkId(), passage.fusedScore(),
        chunk.text(), passage.bm25Rank(), passage.vectorRank(), passage.fusedRank());
  }
}
