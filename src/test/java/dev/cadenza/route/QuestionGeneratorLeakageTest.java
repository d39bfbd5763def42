package dev.cadenza.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.leakage.EvalLeakage;
import dev.cadenza.theory.qa.Intent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The router's generated training questions leave out the evaluation sets (eval/EXCLUDE.md). */
class QuestionGeneratorLeakageTest {
  private static final int PER_INTENT = RouterSettings.DEFAULT_QUESTIONS_PER_INTENT;

  @TempDir
  Path temp;

  @Test
  void theDefaultTrainingSetRepeatsNoEvaluationQuestion() {
    EvalLeakage project = EvalLeakage.load(Path.of("eval"));
    QuestionGenerator.TrainingSet set = new QuestionGenerator(QuestionGenerator.DEFAULT_SEED).trainingSet(PER_INTENT);

    assertThat(set.questions()).hasSize(PER_INTENT * Intent.values().length);
    assertThat(set.questions()).extracting(LabelledQuestion::question)
        .noneMatch(question -> project.questionIn(question).isPresent());
    System.out.println("QuestionGeneratorLeakageTest: " + set.evalRepeatsDropped()
        + " draws dropped from the default training set for repeating an evaluation question");
  }

  @Test
  void withoutTheExclusionTheSameSeedWouldRepeatEvaluationQuestions() {
    EvalLeakage project = EvalLeakage.load(Path.of("eval"));
    List<LabelledQuestion> unfiltered =
        new QuestionGenerator(QuestionGenerator.DEFAULT_SEED, EvalLeakage.NONE).generate(PER_INTENT);

    assertThat(unfiltered).filteredOn(q -> project.questionIn(q.question()).isPresent()).isNotEmpty();
  }

  @Test
  void aPlantedQuestionThatATemplateWritesIsNeverGeneratedAndTheCountIsKept() throws IOException {
    // "how do I avoid parallel fifths" is a template without slots: every turn of it repeats the planted question
    Path planted = Files.writeString(temp.resolve("planted.jsonl"),
        "{\"question\": \"How do I avoid parallel fifths?\"}\n", StandardCharsets.UTF_8);
    QuestionGenerator.TrainingSet set =
        new QuestionGenerator(QuestionGenerator.DEFAULT_SEED, EvalLeakage.load(planted)).trainingSet(PER_INTENT);

    assertThat(set.evalRepeatsDropped()).isPositive();
    assertThat(set.questions()).hasSize(PER_INTENT * Intent.values().length);
    assertThat(set.questions()).extracting(LabelledQuestion::question)
        .noneMatch(question -> question.toLowerCase(Locale.ROOT).contains("avoid parallel fifths"));
  }
}
