package dev.cadenza.answer;

import dev.cadenza.index.StoredChunk;

/** Passages for generator tests, ranked alike by every retriever. */
public final class TestPassages {

  private TestPassages() {}

  /** A passage of document "doc{rank}" at the given rank; the heading may be empty. */
  public static Passage passage(int rank, String title, String heading, String text) {
    return new Passage(new StoredChunk("doc" + rank + "#0", "doc" + rank, title, heading, text, "beginner", "harmony", 0),
        rank, 1.0 / (60 + rank), rank, 1f, rank, 1f);
  }
}
