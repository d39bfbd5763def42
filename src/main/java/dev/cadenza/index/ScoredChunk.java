package dev.cadenza.index;

/** A retrieved chunk with its score under the retriever that found it (BM25 or cosine similarity). */
public record ScoredChunk(StoredChunk chunk, float score) {}
