package dev.cadenza.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.qa.Intent;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The router's generated computable questions, worded with the readers' own cue table, answered by the question
 * readers: every one must be read, and read as its template's intent (the engine may still refuse it, as a
 * chord not diatonic to the key), so the router's training wordings and the readers' cues agree. One reading differs on purpose: "the dominant in G# minor" is a numeral template for the
 * router and a scale-degree question for the readers, whose answer names the degree's triad and numeral as well.
 */
class RouterTemplatesReadTest {
  private static final int PER_INTENT = 100;

  @Test
  void everyComputableTemplateQuestionIsReadAsItsIntendedKind() {
    TheoryQa qa = new TheoryQa();
    List<String> misread = new ArrayList<>();
    int computable = 0;
    for (LabelledQuestion q : new QuestionGenerator(QuestionGenerator.DEFAULT_SEED).generate(PER_INTENT)) {
      if (!q.intent().computable()) continue;
      computable++;
      Optional<TheoryAnswer> answer = qa.answer(q.question());
      if (answer.isEmpty()) {
        misread.add(q.intent() + " <- nothing: " + q.question());
        continue;
      }
      boolean degreeWithItsTriad = q.intent() == Intent.ROMAN_NUMERAL && answer.get().types().equals(List.of("scale_degree"));
      if (answer.get().intent() != q.intent() && !degreeWithItsTriad) {
        misread.add(q.intent() + " <- " + answer.get().types() + ": " + q.question());
      }
    }
    System.out.println("router templates: " + computable + " computable questions, " + misread.size() + " misread");
    assertThat(computable).isEqualTo(PER_INTENT * 6);
    assertThat(misread).isEmpty();
  }
}
