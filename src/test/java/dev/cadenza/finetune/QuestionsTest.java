package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionsTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Spell Cmaj7.; spell cmaj7", // case and closing full stop
      "  What  is\tV7 of Ab major?? ; what is v7 of ab major", // spacing and repeated question marks
      "Is E4 in C7!; is e4 in c7", // exclamation mark
  })
  void normalisingIgnoresCaseSpacingAndClosingPunctuation(String question, String normalised) {
    assertThat(Questions.normalise(question)).isEqualTo(normalised);
  }

  @Test
  void newlinesCountAsSpaces() {
    assertThat(Questions.normalise("Passages:\n[1] Cadences\ntext\n\nQuestion: Why?"))
        .isEqualTo("passages: [1] cadences text question: why");
  }
}
