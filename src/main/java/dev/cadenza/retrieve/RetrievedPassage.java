package dev.cadenza.retrieve;

/** Why a passage was handed to the generator: its place under each retriever and after fusion (like Lucene's Explanation). */
public record RetrievedPassage(
    String chunkId, String docId, String heading, int fusedRank, double fusedScore,
    Integer bm25Rank, Float bm25Score, Integer vectorRank, Float vectorScore) {

  public static RetrievedPassage of(Passage p) {
    return new RetrievedPassage(p.chunk().chunkId(), p.chunk().docId(), p.chunk().heading(), p.fusedRank(), p.fusedScore(),
        p.bm25Rank(), p.bm25Score(), p.vectorRank(), p.vectorScore());
  }
}
