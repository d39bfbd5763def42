package dev.cadenza.answer;

import dev.cadenza.index.StoredChunk;

/**
 * A retrieved passage after fusion, with the evidence for its place: its rank (1-based) and score
 * under BM25 and under vector search (null where that retriever did not return it) and its fused rank, and
 * the embedding of the question and of its sentences ({@link SentenceMeaning#NONE} when unknown).
 */
public record Passage(
    StoredChunk chunk,
    int fusedRank,
    double fusedScore,
    Integer bm25Rank,
    Float bm25Score,
    Integer vectorRank,
    Float vectorScore,
    SentenceMeaning meaning) {

  public Passage(StoredChunk chunk, int fusedRank, double fusedScore, Integer bm25Rank, Float bm25Score, Integer vectorRank,
      Float vectorScore) {
    this(chunk, fusedRank, fusedScore, bm25Rank, bm25Score, vectorRank, vectorScore, SentenceMeaning.NONE);
  }

  Passage withMeaning(SentenceMeaning meaning) {
    return new Passage(chunk, fusedRank, fusedScore, bm25Rank, bm25Score, vectorRank, vectorScore, meaning);
  }
}
