package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.Curator;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question asked again is answered from the kept answer, on the real wiring, until the library changes. */
class RepeatedQuestionsTest {

  private static final String QUESTION = "why does the dominant resolve to the tonic";

  Cadenza cadenza;

  @BeforeEach
  void open(@TempDir Path temp) {
    cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"),
        temp.resolve("data")), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
  }

  @AfterEach
  void close() throws java.io.IOException {
    cadenza.close();
  }

  @Test
  void aRepeatedQuestionGetsTheSameAnswerWithoutComposingIt() {
    AskResult first = cadenza.ask().ask(new AskRequest(QUESTION));
    AskResult again = cadenza.ask().ask(new AskRequest(QUESTION));

    assertThat(first.timingsMs()).containsKey("generate").doesNotContainKey("cache");
    assertThat(again.timingsMs()).containsOnlyKeys("cache", "total");
    assertThat(again.answer()).isEqualTo(first.answer());
    assertThat(again.citations()).isEqualTo(first.citations());
    assertThat(again.retrieved()).isEqualTo(first.retrieved());
    assertThat(again.covered()).isEqualTo(first.covered());
  }

  @Test
  void aKeptAnswerStreamsAsWholeSentencesOfItsText() {
    AskResult first = cadenza.ask().ask(new AskRequest(QUESTION));
    StringBuilder streamed = new StringBuilder();
    AskResult again = cadenza.ask().ask(new AskRequest(QUESTION), streamed::append);

    assertThat(again.timingsMs()).containsKey("cache");
    assertThat(streamed.toString()).isEqualTo(first.answer());
  }

  @Test
  void aNewDocumentMeansTheQuestionIsAnsweredAfresh() {
    cadenza.ask().ask(new AskRequest(QUESTION));
    String document = """
        ---
        title: Dominant Pull
        topic: harmony
        level: beginner
        ---
        # Dominant Pull

        The dominant chord pulls toward the tonic because its leading tone rises by a half step to the tonic note.
        """;
    cadenza.curator().add("uploads/dominant-pull", "dominant-pull.md", document.getBytes(StandardCharsets.UTF_8),
        Curator.WrongFacts.HOLD);

    AskResult after = cadenza.ask().ask(new AskRequest(QUESTION));
    assertThat(after.timingsMs()).doesNotContainKey("cache");
    assertThat(after.retrieved()).anySatisfy(p -> assertThat(p.docId()).isEqualTo("uploads/dominant-pull"));
  }
}
