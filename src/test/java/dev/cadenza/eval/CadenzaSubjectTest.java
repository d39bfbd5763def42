package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real ask pipeline over the fixture corpus, with the hashing embedder standing in for MiniLM. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CadenzaSubjectTest {

  Cadenza cadenza;
  EvalSubject subject;

  @BeforeAll
  void open(@TempDir Path temp) {
    Path corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    cadenza = Cadenza.open(new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data")), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    subject = Backend.EMBEDDED.subject(cadenza);
  }

  @AfterAll
  void close() throws Exception {
    cadenza.close();
  }

  @Test
  void answersWithTheDocumentsItRetrievedMostRelevantFirst() {
    SubjectAnswer answer = subject.answer("What is a deceptive cadence?", 3);
    assertThat(answer.text()).isNotBlank();
    assertThat(answer.rankedDocIds()).isNotEmpty().doesNotHaveDuplicates();
    assertThat(answer.rankedDocIds().getFirst()).isEqualTo("harmony/cadences");
    assertThat(answer.latencyMs()).isNotNegative();
  }

  @Test
  void isNamedAfterItsBackend() {
    assertThat(subject.name()).isEqualTo("embedded");
  }

  @Test
  void evaluatesAQuestionSetEndToEnd() {
    QuestionSet set = new QuestionSet("fixture.jsonl", QuestionFormat.JSONL, List.of(
        new EvalQuestion("cad", null, "What is a half cadence?", "A cadence that stops on V.",
            List.of("harmony/cadences"), "line 1"),
        new EvalQuestion("int", null, "How many semitones does a perfect fifth span?", "Seven.",
            List.of("pitch/intervals"), "line 2")));
    EvalReport report = new Evaluator(subject, new EmbeddingSimilarity(new HashingEmbedder()), Optional.empty())
        .run(set, 3, Progress.NONE);
    assertThat(report.overall().n()).isEqualTo(2);
    assertThat(report.overall().recallAtK()).isEqualTo(1.0);
    assertThat(report.byTopic()).containsOnlyKeys("harmony", "pitch");
    assertThat(report.questions()).allSatisfy(row -> assertThat(row.tokenF1()).isBetween(0.0, 1.0));
  }
}
