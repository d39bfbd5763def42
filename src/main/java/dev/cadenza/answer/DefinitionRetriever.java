package dev.cadenza.answer;

import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.DefinedTerms;
import dev.cadenza.index.Filter;
import dev.cadenza.index.Retriever;
import dev.cadenza.index.ScoredChunk;
import dev.cadenza.index.StoredChunk;
import dev.cadenza.index.VectorRetriever;
import java.util.List;

/**
 * For a question read as a definition ("whats a tritone"), the passages that define its subject: glossary entries
 * headed with it and documents or sections titled with it, nearest the question's embedding first. Passages that
 * only use the word are left to the other retrievers. The term table is derived from the index's chunks and derived
 * again after each write, so an uploaded glossary counts as soon as it is synced, on every replica.
 */
public final class DefinitionRetriever implements Retriever {

  /** The name this retriever's ranks carry in a passage's evidence. */
  public static final String NAME = "definition";
  /** A term several glossaries define needs only its best few definitions, not all of them. */
  private static final int MAX_DEFINERS = 3;
  /**
   * A defining passage first here fuses level with one both BM25 and the vectors put first: alone, a rank of one list
   * would lose to passages the two agree on only because they use the word often.
   */
  private static final double WEIGHT = 2.0;

  private final ChunkIndex index;
  private final VectorRetriever vectors;
  private DefinedTerms terms;
  private long termsGeneration = -1;

  public DefinitionRetriever(ChunkIndex index, VectorRetriever vectors) {
    this.index = index;
    this.vectors = vectors;
  }

  @Override
  public List<ScoredChunk> retrieve(String query, int n, Filter filter) {
    QuestionForm.Reading reading = QuestionForm.read(query);
    if (reading.form() != QuestionForm.DEFINITION) return List.of();
    List<StoredChunk> definers = terms().definersOf(reading.subject());
    if (definers.isEmpty()) return List.of();
    List<String> ids = definers.stream().map(StoredChunk::chunkId).toList();
    return vectors.searchAmong(vectors.embed(query), ids, Math.min(n, MAX_DEFINERS), filter);
  }

  @Override
  public double fusionWeight() {
    return WEIGHT;
  }

  private synchronized DefinedTerms terms() {
    long generation = index.generation();
    if (terms == null || generation != termsGeneration) {
      terms = DefinedTerms.of(index.chunks());
      termsGeneration = generation;
    }
    return terms;
  }
}
