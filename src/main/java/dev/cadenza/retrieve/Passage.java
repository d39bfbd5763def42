package dev.cadenza.retrieve;

import dev.cadenza.index.StoredChunk;
import java.util.List;

/**
 * A retrieved passage after fusion, with the evidence for its place: its rank and score under each retriever
 * that returned it, in the order the retrievers were fused, and its fused rank; and the embedding of the
 * question and of its sentences ({@link SentenceMeaning#NONE} when unknown).
 */
public record Passage(StoredChunk chunk, int fusedRank, double fusedScore, List<RankEvidence> evidence,
    SentenceMeaning meaning) {

  /** The name of the lexical retriever, whose ranks the API reports as {@code bm25Rank}. */
  public static final String BM25 = "bm25";
  /** The name of the passage-embedding retriever, whose ranks the API reports as {@code vectorRank}. */
  public static final String VECTOR = "vector";

  public Passage {
    evidence = List.copyOf(evidence);
  }

  public Passage(StoredChunk chunk, int fusedRank, double fusedScore, List<RankEvidence> evidence) {
    this(chunk, fusedRank, fusedScore, evidence, SentenceMeaning.NONE);
  }

  /** The evidence of the named retriever, or null when it did not return this passage. */
  public RankEvidence under(String retriever) {
    return evidence.stream().filter(e -> e.retriever().equals(retriever)).findFirst().orElse(null);
  }

  public Integer bm25Rank() {
    RankEvidence e = under(BM25);
    return e == null ? null : e.rank();
  }

  public Float bm25Score() {
    RankEvidence e = under(BM25);
    return e == null ? null : e.score();
  }

  public Integer vectorRank() {
    RankEvidence e = under(VECTOR);
    return e == null ? null : e.rank();
  }

  public Float vectorScore() {
    RankEvidence e = under(VECTOR);
    return e == null ? null : e.score();
  }

  Passage withMeaning(SentenceMeaning meaning) {
    return new Passage(chunk, fusedRank, fusedScore, evidence, meaning);
  }

  Passage atRank(int rank) {
    return new Passage(chunk, rank, fusedScore, evidence, meaning);
  }
}
