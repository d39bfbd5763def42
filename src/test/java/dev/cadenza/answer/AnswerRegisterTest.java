package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.corpus.Level;
import dev.cadenza.index.Filter;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The embedded pipeline writes for the learner's level: the same question, a beginner's and an advanced answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerRegisterTest {

  private static final String QUESTION = "What does an authentic cadence do?";
  /** A sentence and the citations that end it, as the composer writes them. */
  private static final Pattern CITED_SENTENCE = Pattern.compile("([^\\[\\]]+?)((?:\\s*\\[\\d+])+)");
  private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");

  Cadenza cadenza;

  @BeforeAll
  void open(@TempDir Path temp) {
    cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"),
        temp.resolve("data")), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
  }

  @AfterAll
  void close() throws IOException {
    cadenza.close();
  }

  @Test
  void aBeginnerAndAnAdvancedLearnerGetDifferentCorrectAnswers() {
    AskResult beginner = ask(Level.BEGINNER);
    AskResult advanced = ask(Level.ADVANCED);
    assertThat(beginner.answer()).isNotEqualTo(advanced.answer());
    assertThat(beginner.answer()).contains("(the root is in the bass)");
    assertThat(advanced.answer()).doesNotContain("(the root is in the bass)").contains("root position");
    for (AskResult result : List.of(beginner, advanced)) {
      assertThat(result.covered()).isTrue();
      assertThat(result.verification().corrected()).isFalse();
    }
  }

  @Test
  void everySentenceOfTheBeginnersAnswerStillComesFromThePassageItCites() {
    AskResult beginner = ask(Level.BEGINNER);
    Matcher sentence = CITED_SENTENCE.matcher(withoutGlosses(beginner.answer()));
    int checked = 0;
    while (sentence.find()) {
      Matcher n = CITATION.matcher(sentence.group(2));
      while (n.find()) {
        Citation citation = beginner.citations().get(Integer.parseInt(n.group(1)) - 1);
        assertThat(citation.n()).isEqualTo(Integer.parseInt(n.group(1)));
        assertThat(citation.text().replaceAll("\\s+", " ")).contains(sentence.group(1).strip());
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  /** The answer with the glossary's parenthesised glosses taken out again. */
  private static String withoutGlosses(String answer) {
    String text = answer;
    BeginnerGlossary glossary = BeginnerGlossary.bundled();
    for (BeginnerGlossary.Entry entry : glossary.terms()) {
      text = text.replace(" (" + entry.gloss() + ")", "");
    }
    for (BeginnerGlossary.Entry figure : glossary.figures()) {
      text = text.replace(" (figure " + figure.term() + ": " + figure.gloss() + ")", "");
    }
    return text;
  }

  private AskResult ask(Level level) {
    return cadenza.ask().ask(new AskRequest(QUESTION, AskRequest.DEFAULT_K, Filter.NONE, null, List.of(), level));
  }
}
