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
 * The router's generated computable questions, answered by the question readers: each one answered must be
 * answered as its template's intent, so the router's training wordings and the readers' cues agree. One reading
 * differs on purpose: "the dominant in G# minor" is a numeral template for the router and a scale-degree question
 * for the readers, whose answer names the degree's triad and numeral as well.
 */
class RouterTemplatesReadTest {
  @Test
  void everyAnsweredTemplateQuestionIsReadAsItsIntendedKind() {
    TheoryQa qa = new TheoryQa();
    List<String> misread = new ArrayList<>();
    int answered = 0;
    int computable = 0;
    for (LabelledQuestion q : new QuestionGenerator(QuestionGenerator.DEFAULT_SEED).generate(60)) {
      if (!q.intent().computable()) continue;
      computable++;
      Optional<TheoryAnswer> answer = qa.answer(q.question());
      if (answer.isEmpty()) continue;
      answered++;
      boolean degreeWithItsTriad = q.intent() == Intent.ROMAN_NUMERAL && answer.get().types().equals(List.of("scale_degree"));
      if (answer.get().intent() != q.intent() && !degreeWithItsTriad) {
        misread.add(q.intent() + " <- " + answer.get().intent() + ": " + q.question());
      }
    }
    System.out.println("router templates: " + answered + " of " + computable + " answered, " + misread.size() + " misread");
    assertThat(misread).isEmpty();
  }
}
