package dev.cadenza.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  private static Document doc(String body) {
    return new Document("harmony/test", "Test Doc", "harmony", Level.BEGINNER, List.of(), List.of(), body, "hash");
  }

  private static String words(String word, int count) {
    return (word + " ").repeat(count).strip() + ".";
  }

  @Test
  void eachSectionBecomesAChunkWithItsHeadingPath() {
    String body = "## First\n\n" + words("alpha", 80) + "\n\n### Inner\n\n" + words("beta", 80) + "\n\n## Second\n\n" + words("gamma", 80);
    List<Chunk> chunks = new Chunker().chunk(doc(body));
    assertThat(chunks).extracting(Chunk::headingPath)
        .containsExactly(List.of("First"), List.of("First", "Inner"), List.of("Second"));
    assertThat(chunks).extracting(Chunk::id).containsExactly("harmony/test#0", "harmony/test#1", "harmony/test#2");
  }

  @Test
  void shortSectionIsCarriedIntoTheNextOne() {
    String body = "A short introduction.\n\n## Main\n\n" + words("delta", 100);
    List<Chunk> chunks = new Chunker().chunk(doc(body));
    assertThat(chunks).hasSize(1);
    assertThat(chunks.getFirst().text()).startsWith("A short introduction.");
    assertThat(chunks.getFirst().headingPath()).containsExactly("Main");
  }

  @Test
  void longSectionIsSplitUnderTheLimitWithOverlap() {
    StringBuilder body = new StringBuilder("## Long\n\n");
    for (int i = 0; i < 12; i++) {
      body.append("Paragraph ").append(i).append(" says ").append(words("word", 48)).append(" It ends here number ").append(i).append(".\n\n");
    }
    List<Chunk> chunks = new Chunker(new Chunker.Options(300, 60)).chunk(doc(body.toString()));
    assertThat(chunks.size()).isGreaterThan(1);
    assertThat(chunks).allSatisfy(c -> assertThat(Sentences.wordCount(c.text())).isLessThanOrEqualTo(300));
    for (int i = 1; i < chunks.size(); i++) {
      List<String> previous = Sentences.split(chunks.get(i - 1).text());
      assertThat(chunks.get(i).text()).startsWith(previous.getLast());
    }
  }

  @Test
  void chunkIdsAreStableAcrossRuns() {
    String body = "## One\n\n" + words("x", 90) + "\n\n## Two\n\n" + words("y", 90);
    assertThat(new Chunker().chunk(doc(body))).extracting(Chunk::id)
        .isEqualTo(new Chunker().chunk(doc(body)).stream().map(Chunk::id).toList());
  }

  @Test
  void markdownEmphasisAndLinksAreRemoved() {
    String body = "## Terms\n\nThe **leading tone** is [degree 7](https://example.org) and `important`. " + words("more", 70);
    assertThat(new Chunker().chunk(doc(body)).getFirst().text())
        .startsWith("The leading tone is degree 7 and important.");
  }
}
