package dev.cadenza.answer;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.RankEvidence;
import java.util.ArrayList;
import java.util.List;

/** Passages for generator tests, ranked alike by every retriever. */
public final class TestPassages {

  private TestPassages() {}

  /** A passage of document "doc{rank}" at the given rank; the heading may be empty. */
  public static Passage passage(int rank, String title, String heading, String text) {
    return passage(rank, title, heading, text, "harmony");
  }

  /** A passage from a document on {@code topic} ("ear-training"). */
  public static Passage passage(int rank, String title, String heading, String text, String topic) {
    return new Passage(new StoredChunk("doc" + rank + "#0", "doc" + rank, title, heading, text, "beginner", topic, 0),
        rank, 1.0 / (60 + rank), evidence(rank, 1f, rank, 1f));
  }

  /** The evidence of BM25 and vector search; a null rank leaves that retriever out. */
  public static List<RankEvidence> evidence(Integer bm25Rank, Float bm25Score, Integer vectorRank, Float vectorScore) {
    List<RankEvidence> evidence = new ArrayList<>();
    if (bm25Rank != null) evidence.add(new RankEvidence(Passage.BM25, bm25Rank, bm25Score));
    if (vectorRank != null) evidence.add(new RankEvidence(Passage.VECTOR, vectorRank, vectorScore));
    return evidence;
  }
}
