package dev.cadenza.retrieve;

import dev.cadenza.index.StoredChunk;
import java.util.List;

/** Library words for tests in other packages, read from a fixed list of chunks instead of an index. */
public final class TestLibraryWords {

  private TestLibraryWords() {}

  /** The common words of {@code chunks}, derived once (the library never changes). */
  public static LibraryWords of(List<StoredChunk> chunks) {
    return new LibraryWords(() -> chunks, () -> 1L);
  }
}
