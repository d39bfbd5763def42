package dev.cadenza.eval.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TheoryEvalTest {
  private static final Path FILE = Path.of("eval/theory-questions.jsonl");

  @Test
  void statedValuesMustAppearInOrderAsWholeTokens() {
    assertThat(AnswerTokens.states("Cmaj7 is spelled C, E, G, B.", List.of("C", "E", "G", "B"))).isTrue();
    assertThat(AnswerTokens.states("Cmaj7 is spelled C, G, E, B.", List.of("C", "E", "G", "B"))).isFalse();
    assertThat(AnswerTokens.states("Bbb is a double flat", List.of("Bb"))).isFalse();
  }

  @Test
  void aQuestionCountsUnderEachOfItsPartsTypes() {
    List<TheoryQuestion> questions = TheoryQuestionFile.parse(FILE, """
        {"question": "spell C", "type": "spell_chord", "expect": ["C", "E", "G"]}
        {"question": "count C", "parts": [{"type": "count_notes", "expect": ["3"]}, {"type": "spell_chord", "expect": ["C"]}]}
        """);
    TheoryEval.Report report = TheoryEval.run(questions,
        q -> new TheoryEval.Answered("C has 3 notes: C, E, G", List.of("spell_chord")));
    assertThat(report.byType().get("spell_chord")).isEqualTo(new TheoryEval.Tally(2, 1, 2));
    assertThat(report.byType().get("count_notes")).isEqualTo(new TheoryEval.Tally(1, 0, 1));
    assertThat(report.overall()).isEqualTo(new TheoryEval.Tally(2, 1, 2));
  }

  @Test
  void anUnknownKeyNamesTheLine() {
    assertThatThrownBy(() -> TheoryQuestionFile.parse(FILE, "\n{\"question\": \"x\", \"typ\": \"scale\"}"))
        .hasMessageContaining("line 2").hasMessageContaining("unknown key \"typ\"");
  }

  @Test
  void theHandWrittenSetHoldsAtLeastThreeHundredQuestions() {
    assertThat(TheoryQuestionFile.read(FILE)).hasSizeGreaterThanOrEqualTo(300);
  }
}
