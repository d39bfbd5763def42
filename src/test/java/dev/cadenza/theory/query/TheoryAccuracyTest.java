package dev.cadenza.theory.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.eval.theory.TemplateQuestions;
import dev.cadenza.eval.theory.TheoryEval;
import dev.cadenza.eval.theory.TheoryQuestion;
import dev.cadenza.eval.theory.TheoryQuestionFile;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import dev.cadenza.theory.qa.Intent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The targets on both question sets: 99% of the hand-written questions and of 2,200 generated ones. */
class TheoryAccuracyTest {
  private static final TheoryQa QA = new TheoryQa();

  private static TheoryEval.Report score(List<TheoryQuestion> questions) {
    return TheoryEval.run(questions, q -> QA.answer(q)
        .map((TheoryAnswer a) -> new TheoryEval.Answered(a.answer(), a.types()))
        .orElse(TheoryEval.Answered.nothing()));
  }

  @Test
  void answersAtLeastNinetyNinePercentOfTheHandWrittenQuestions() {
    TheoryEval.Report report = score(TheoryQuestionFile.read(Path.of("eval/theory-questions.jsonl")));
    assertThat(report.overall().stated()).as(String.join("\n", report.wrong()))
        .isGreaterThanOrEqualTo(report.overall().total() * 99 / 100);
  }

  @Test
  void answersAtLeastNinetyNinePercentOfTheGeneratedQuestions() {
    List<TheoryQuestion> questions = TemplateQuestions.generate(12, 110);
    TheoryEval.Report report = score(questions);
    assertThat(questions).hasSizeGreaterThanOrEqualTo(2_000);
    assertThat(report.overall().stated()).as(String.join("\n", report.wrong()))
        .isGreaterThanOrEqualTo(report.overall().total() * 99 / 100);
  }
}
