package dev.cadenza;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.CorpusLoader;
import dev.cadenza.corpus.Document;
import dev.cadenza.theory.verify.Claim;
import dev.cadenza.theory.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every checkable theory fact in the shipped corpus passes the verifier. */
class CorpusFactsTest {

  private static final Path CORPUS = Path.of("corpus");

  @Test
  void everyCorpusDocumentLoads() {
    CorpusLoader.Result result = CorpusLoader.load(CORPUS);
    assertThat(result.failures()).isEmpty();
    assertThat(result.documents()).hasSizeGreaterThanOrEqualTo(100);
  }

  @Test
  void noCorpusDocumentStatesAWrongTheoryFact() {
    Verifier verifier = new Verifier();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Document doc : CorpusLoader.load(CORPUS).documents()) {
      for (Claim claim : verifier.verify(doc.body()).claims()) {
        if ("correct".equals(claim.verdict())) checked++;
        if ("incorrect".equals(claim.verdict())) {
          wrong.add(doc.id() + ": \"" + claim.text() + "\" (expected " + claim.expected() + ")");
        }
      }
    }
    System.out.println("corpus claims verified correct: " + checked);
    assertThat(wrong).as("incorrect claims in the corpus").isEmpty();
    assertThat(checked).as("the verifier should find checkable facts in a theory corpus").isGreaterThan(100);
  }
}
