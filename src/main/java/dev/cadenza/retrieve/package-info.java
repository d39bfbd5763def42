/**
 * Finding the passages for a question: {@link dev.cadenza.retrieve.HybridSearch} runs the index's retrievers
 * (BM25, vectors and, for a definition question, {@link dev.cadenza.retrieve.DefinitionRetriever}) and fuses
 * their rankings ({@link dev.cadenza.retrieve.ReciprocalRankFusion}) into {@link dev.cadenza.retrieve.Passage}s
 * that keep each retriever's rank and the sentence vectors stored with the chunk.
 *
 * <p>It builds on {@code index} and {@code question}; {@code answer} composes from its passages, never the reverse.
 */
package dev.cadenza.retrieve;
