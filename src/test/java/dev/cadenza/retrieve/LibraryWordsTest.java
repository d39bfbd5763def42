package dev.cadenza.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LibraryWordsTest {

  private static StoredChunk chunk(String docId, int position, String text) {
    return new StoredChunk(docId + "#" + position, docId, "Title", "", text, "beginner", "harmony", position);
  }

  @Test
  void aWordInATenthOfTheDocumentsIsCommonAndOneInFewerIsNot() {
    List<StoredChunk> chunks = new ArrayList<>();
    for (int d = 0; d < 40; d++) {
      chunks.add(chunk("doc" + d, 0, d < 4 ? "the cadence is even" : d < 7 ? "a hemiola" : "plain text"));
    }
    assertThat(LibraryWords.commonWords(chunks)).contains("even", "cadenc", "titl").doesNotContain("hemiola");
  }

  @Test
  void aWordCountsOncePerDocumentHoweverManyOfItsChunksHoldIt() {
    List<StoredChunk> chunks = new ArrayList<>();
    for (int c = 0; c < 10; c++) chunks.add(chunk("glossary", c, "hemiola"));
    for (int d = 0; d < 30; d++) chunks.add(chunk("doc" + d, 0, "plain text"));
    assertThat(LibraryWords.commonWords(chunks)).doesNotContain("hemiola");
  }

  @Test
  void aSmallLibraryHasNoCommonWords() {
    List<StoredChunk> chunks = new ArrayList<>();
    for (int d = 0; d < LibraryWords.MIN_DOCUMENTS - 1; d++) chunks.add(chunk("doc" + d, 0, "even"));
    assertThat(LibraryWords.commonWords(chunks)).isEmpty();
  }

  @Test
  void theWordsAreDerivedAgainAfterAWrite() {
    List<StoredChunk> chunks = new ArrayList<>();
    for (int d = 0; d < 30; d++) chunks.add(chunk("doc" + d, 0, "plain"));
    AtomicLong generation = new AtomicLong(1);
    LibraryWords words = new LibraryWords(() -> List.copyOf(chunks), generation::get);
    assertThat(words.common("hemiola")).isFalse();
    chunks.replaceAll(c -> chunk(c.docId(), 0, "hemiola"));
    assertThat(words.common("hemiola")).as("same generation, same words").isFalse();
    generation.incrementAndGet();
    assertThat(words.common("hemiola")).isTrue();
  }
}
