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
  void aFolderContributesTheQuestionsAndFollowUpsOfEveryJsonlFileButNotShortTopicNames() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("sets"));
    Files.writeString(folder.resolve("a.jsonl"), "{\"question\": \"picardy third\"}\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("b.jsonl"), "{\"question\": \"what is the neapolitan chord\","
        + " \"followup\": \"what does it usually go to?\"}\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("notes.md"), "what is the dorian mode", StandardCharsets.UTF_8);

    EvalExclusion exclusion = EvalExclusion.load(folder);

    assertThat(exclusion.size()).isEqualTo(2);
    assertThat(exclusion.excludes("Q: What does it usually go to? A: V")).isTrue();
    assertThat(exclusion.excludes("The Picardy third ends a minor piece on a major chord.")).isFalse();
    assertThat(exclusion.excludes("what is the dorian mode")).isFalse();
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
    // "Realise" is too short to be matched; the follow-up of its row is matched like a question
    Path excluded = questions("{\"question\": \"What notes are in\"}",
        "{\"question\": \"Realise\", \"followup\": \"What kind of cadence\"}");
    Path out = temp.resolve("data");

    Dataset dataset = new DatasetBuilder(answer -> ClaimCounts.NONE)
        .build(new DatasetOptions(out, 3, 600, Path.of("corpus"), excluded));

    assertThat(dataset.stats().evalOverlaps()).isPositive();
    assertThat(dataset.stats().excludedQuestions()).isEqualTo(2);
    for (Split split : Split.values()) {
      assertThat(dataset.split(split)).noneMatch(e -> e.pair().user().contains("What notes are in")
          || e.pair().user().contains("What kind of cadence"));
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
