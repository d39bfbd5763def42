package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExclusionTest {

  @TempDir
  Path temp;

  @Test
  void aRecordContainingAnEvaluationQuestionIsExcludedWhateverItsCaseAndSpacing() throws IOException {
    EvalExclusion exclusion = EvalExclusion.load(questions("{\"id\": \"k-1\", \"question\": \"What is the relative"
        + " minor of Ab major?\", \"answer\": \"F minor\"}"));

    assertThat(exclusion.excludes("<s>[INST] what is the  relative\nminor of AB MAJOR? [/INST] F minor </s>")).isTrue();
    assertThat(exclusion.excludes("What is the relative minor of A major?")).isFalse();
  }

  @Test
  void aMissingFileExcludesNothing() {
    EvalExclusion exclusion = EvalExclusion.load(temp.resolve("absent.jsonl"));

    assertThat(exclusion.size()).isZero();
    assertThat(exclusion.source()).isEqualTo("none");
    assertThat(exclusion.excludes("What is a half cadence?")).isFalse();
  }

  @Test
  void theBuilderDropsEveryRecordThatRepeatsAnEvaluationQuestion() throws IOException {
    Path excluded = questions("{\"question\": \"What notes are in\"}", "{\"question\": \"Realise\"}");
    Path out = temp.resolve("data");

    Dataset dataset = new DatasetBuilder(answer -> ClaimCounts.NONE)
        .build(new DatasetOptions(out, 3, 600, Path.of("corpus"), excluded));

    assertThat(dataset.stats().evalOverlaps()).isPositive();
    assertThat(dataset.stats().excludedQuestions()).isEqualTo(2);
    for (Split split : Split.values()) {
      assertThat(dataset.split(split)).noneMatch(e -> e.pair().user().contains("What notes are in")
          || e.pair().user().startsWith("Realise"));
    }
  }

  @Test
  void noWrittenRecordContainsAProjectEvaluationQuestion() {
    EvalExclusion project = EvalExclusion.load(Path.of(DatasetOptions.DEFAULT_EXCLUDED_QUESTIONS));

    for (Split split : Split.values()) {
      assertThat(BuiltDataset.records(split)).noneMatch(r -> project.excludes(r.get("text").asText()));
    }
  }

  private Path questions(String... lines) throws IOException {
    return Files.write(temp.resolve("questions.jsonl"), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }
}
