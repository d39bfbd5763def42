package dev.cadenza.theory.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.testing.SmallStack;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long repetitive questions (up to the 2,000-character limit) are answered or declined, never a stack overflow. */
class LongQuestionTest {
  private final TheoryQa qa = new TheoryQa();

  @Test
  void answersLongRepetitiveQuestionsWithASmallStack() {
    List<String> questions = List.of(
        "C E G ".repeat(330),
        "C-E-G-".repeat(330),
        "what is " + "I-IV-".repeat(390) + "V in C major?",
        "what is C7" + "b9#11".repeat(390) + "?",
        "which chord is " + "C, E, ".repeat(330) + "G?");
    for (String question : questions) {
      SmallStack.run(() -> qa.answer(question));
    }
  }

  @Test
  void stillReadsAShortProgression() {
    assertThat(SmallStack.run(() -> qa.answer("what is ii-V-I in Eb major?"))).isPresent();
  }
}
