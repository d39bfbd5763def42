package dev.cadenza.answer;

import dev.cadenza.index.StoredChunk;

/**
 * A retrieved passage after fusion, with the evidence for its place: its rank (1-based) and score
 * under BM25 and under vector search (null where that retriever did not return it) and its fused rank.
 */
public record Passage(
    StoredChunk chunk,
    int fusedRank,
    double fusedScore,
    Integer bm25Rank,
    Float bm25Score,
    Integer vectorRank,
    Float vectorScore) {}
