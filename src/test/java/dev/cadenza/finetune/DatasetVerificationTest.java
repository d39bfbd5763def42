package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.theory.verify.Claim;
import dev.cadenza.theory.verify.Verdict;
import dev.cadenza.theory.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetVerificationTest {

  @Test
  void noWrittenAnswerHasAnIncorrectClaim() {
    Verifier verifier = new Verifier();
    List<String> incorrect = new ArrayList<>();
    int answers = 0;
    for (Split split : Split.values()) {
      for (JsonNode record : BuiltDataset.records(split)) {
        answers++;
        for (Claim claim : verifier.verify(BuiltDataset.assistant(record)).claims()) {
          if (claim.outcome() == Verdict.INCORRECT) {
            incorrect.add(claim.text() + " (expected " + claim.expected() + ")");
          }
        }
      }
    }

    assertThat(answers).isGreaterThan(2_500);
    assertThat(incorrect).isEmpty();
  }

  @Test
  void theVerifierFindsAndConfirmsThousandsOfClaims() {
    DatasetStats stats = BuiltDataset.dataset().stats();

    assertThat(stats.claims().correct()).isGreaterThan(1_000);
    assertThat(stats.checked()).isGreaterThanOrEqualTo(BuiltDataset.SIZE);
  }

  @Test
  void onlyQuotedCorpusSentencesAreEverDropped() {
    DatasetStats stats = BuiltDataset.dataset().stats();

    assertThat(stats.droppedExamples()).allMatch(example -> example.startsWith("conceptual: "));
  }

  @Test
  void everyRecordIsMarkedVerified() {
    for (Split split : Split.values()) {
      assertThat(BuiltDataset.records(split)).allMatch(r -> r.get("verified").asBoolean());
    }
  }
}
