package dev.cadenza.retrieve;

/** One search result as the CLI and HTTP API print it. */
public record SearchHit(
    String docId, String title, String heading, String chunkId, double score, String text,
    Integer bm25Rank, Integer vectorRank, int fusedRank) {

  public static SearchHit of(Passage passage) {
    var chunk = passage.chunk();
    return new SearchHit(chunk.docId(), chunk.title(), chunk.heading(), chunk.chunkId(), passage.fusedScore(),
        chunk.text(), passage.bm25Rank(), passage.vectorRank(), passage.fusedRank());
  }
}
