package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.Chunker;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TheoryTextTest {

  @Test
  void sameSeedGivesTheSameTexts() {
    TheoryText a = new TheoryText(7);
    TheoryText b = new TheoryText(7);
    for (int i = 0; i < 50; i++) {
      assertThat(a.passage(i)).isEqualTo(b.passage(i));
      assertThat(a.question(i)).isEqualTo(b.question(i));
      assertThat(a.document(i)).isEqualTo(b.document(i));
    }
  }

  @Test
  void anotherSeedGivesOtherTexts() {
    assertThat(new TheoryText(1).passage(0)).isNotEqualTo(new TheoryText(2).passage(0));
  }

  @Test
  void itemsAreFilledAndRarelyRepeat() {
    TheoryText text = new TheoryText(42);
    Set<String> passages = new HashSet<>();
    IntStream.range(0, 5000).mapToObj(text::passage).forEach(passages::add);
    assertThat(passages).hasSizeGreaterThan(4950).noneMatch(p -> p.contains("{"));
    assertThat(text.question(3)).endsWith("?").doesNotContain("{");
  }

  @Test
  void everyDocumentIsExactlyOneChunk() {
    TheoryText text = new TheoryText(42);
    Chunker chunker = new Chunker();
    for (int i = 0; i < 300; i++) {
      assertThat(chunker.chunk(text.document(i))).as("document %d", i).hasSize(1);
    }
  }
}
