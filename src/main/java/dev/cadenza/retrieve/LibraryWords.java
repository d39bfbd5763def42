package dev.cadenza.retrieve;

import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.StoredChunk;
import dev.cadenza.question.Terms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The words common across the library: those in at least a tenth of its documents ("even", "real", "uses",
 * "version"). A question word like these that the passages read lack says nothing about whether the library
 * covers the question; a rare or unknown one ("Steinway", "vibrato", "Zorblatt") does. Derived from the index's
 * chunks and derived again after each write, as {@link DefinitionRetriever} does with its terms.
 */
public final class LibraryWords {

  /** Knows no common words: every missing word counts, as for a library of unknown content. */
  public static final LibraryWords NONE = new LibraryWords(List::of, () -> 0L);

  /** The share of documents a word must appear in to be common. */
  static final double COMMON_SHARE = 0.1;
  /** In a smaller library a tenth of the documents is too few to tell a common word from a topic. */
  static final int MIN_DOCUMENTS = 20;

  private final Supplier<List<StoredChunk>> chunks;
  private final Supplier<Long> generation;
  private Set<String> common = Set.of();
  private long commonGeneration = -1;

  public LibraryWords(ChunkIndex index) {
    this(index::chunks, index::generation);
  }

  LibraryWords(Supplier<List<StoredChunk>> chunks, Supplier<Long> generation) {
    this.chunks = chunks;
    this.generation = generation;
  }

  /** Whether {@code term} (as {@link Terms} writes it) is in at least a tenth of the documents. */
  public boolean common(String term) {
    return common().contains(term);
  }

  private synchronized Set<String> common() {
    long current = generation.get();
    if (current != commonGeneration) {
      common = commonWords(chunks.get());
      commonGeneration = current;
    }
    return common;
  }

  static Set<String> commonWords(List<StoredChunk> chunks) {
    Map<String, Set<String>> wordsByDocument = new HashMap<>();
    for (StoredChunk chunk : chunks) {
      wordsByDocument.computeIfAbsent(chunk.docId(), id -> new HashSet<>())
          .addAll(Terms.of(chunk.allText()));
    }
    if (wordsByDocument.size() < MIN_DOCUMENTS) return Set.of();
    Map<String, Integer> documentFrequency = new HashMap<>();
    wordsByDocument.values().forEach(words -> words.forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
    double least = COMMON_SHARE * wordsByDocument.size();
    Set<String> common = new HashSet<>();
    documentFrequency.forEach((word, documents) -> {
      if (documents >= least) common.add(word);
    });
    return Set.copyOf(common);
  }
}
