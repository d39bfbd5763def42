package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.retrieve.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationNumbersTest {

  private static Passage passage(String id) {
    return new Passage(new StoredChunk(id, "doc-" + id, "T", "H", "text", "beginner", "harmony", 0), 1, 0.1, TestPassages.evidence(1, 1f, null, null));
  }

  @Test
  void renumbersInOrderOfFirstUseAndDropsUnknownMarkers() {
    CitationNumbers.Renumbered r = CitationNumbers.renumber("First [3]. Second [1]. Again [3]. Bogus [9].",
        List.of(passage("a"), passage("b"), passage("c")));
    assertThat(r.text()).isEqualTo("First [1]. Second [2]. Again [1]. Bogus.");
    assertThat(r.citations()).extracting(Citation::chunkId).containsExactly("c", "a");
    assertThat(r.citations()).extracting(Citation::n).containsExactly(1, 2);
  }

  @Test
  void onlyADroppedMarkerTakesItsSpacesWithIt() {
    CitationNumbers.Renumbered r = CitationNumbers.renumber("Repeats: ||: A :||: B A :||. [1] Gone [7] here.",
        List.of(passage("a")));
    assertThat(r.text()).isEqualTo("Repeats: ||: A :||: B A :||. [1] Gone here.");
  }
}
