package dev.cadenza.retrieve;

/**
 * Why one retriever put a passage where it did: the retriever's name, the passage's rank (1-based) in its list
 * and its score there (BM25, cosine similarity, ...).
 */
public record RankEvidence(String retriever, int rank, float score) {}
