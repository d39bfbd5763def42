package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.Chunk;
import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.CorpusLoader;
import dev.cadenza.corpus.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConceptualPairsTest {
  private static final Pattern CITED = Pattern.compile("(.+?) \\[(\\d)]");

  @Test
  void theUserMessageShowsNumberedPassagesThenTheQuestion() {
    Chunk chunk = chunks().get(1);

    assertThat(ConceptualPairs.user(List.of(chunk), "What is an authentic cadence in the context of Cadences?"))
        .isEqualTo("Passages:\n[1] Cadences — Authentic cadence\n" + chunk.text()
            + "\n\nQuestion: What is an authentic cadence in the context of Cadences?");
  }

  @Test
  void everyAnswerQuotesSentencesOfTheCitedPassage() {
    ConceptualPairs source = new ConceptualPairs(chunks(), id -> false);
    Random random = new Random(2);

    for (int i = 0; i < 50; i++) {
      Pair pair = source.draw(random).orElseThrow();
      Matcher cited = CITED.matcher(pair.answer());
      assertThat(cited.find()).as(pair.answer()).isTrue();
      do {
        String passage = passage(pair.user(), Integer.parseInt(cited.group(2)));
        assertThat(passage).as(pair.answer()).contains(cited.group(1).strip());
      } while (cited.find());
      assertThat(pair.user()).contains("\n\nQuestion: ");
    }
  }

  @Test
  void theSubjectIsTheDocumentOfTheQuotedPassage() {
    ConceptualPairs source = new ConceptualPairs(chunks(), id -> false);

    Pair pair = source.draw(new Random(4)).orElseThrow();

    assertThat(chunks().stream().map(c -> c.document().id())).contains(pair.subject());
  }

  /** The text of passage {@code n} in a user message. */
  private static String passage(String user, int n) {
    String afterHeader = user.substring(user.indexOf("[" + n + "] "));
    int end = afterHeader.indexOf("\n\n[" + (n + 1) + "] ");
    return end < 0 ? afterHeader.substring(0, afterHeader.indexOf("\n\nQuestion: ")) : afterHeader.substring(0, end);
  }

  private static List<Chunk> chunks() {
    Chunker chunker = new Chunker(new Chunker.Options(300, 0));
    List<Chunk> chunks = new ArrayList<>();
    for (Document d : CorpusLoader.load(Path.of("src/test/resources/fixture-corpus")).documents()) {
      chunks.addAll(chunker.chunk(d));
    }
    return chunks;
  }
}
