package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConceptualQuestionsTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Half cadence (HC); half cadence (HC)", // sentence case is lowered
      "Italian sixth; Italian sixth", // proper adjective stays
      "Second-Inversion Triads; Second-Inversion Triads", // title case stays as written
      "A to C; A to C", // a glossary range keeps its letters
      "Duple, triple and quadruple; duple, triple and quadruple", // punctuation after the first word
      "The Neapolitan; the Neapolitan", // the proper noun keeps its capital
  })
  void headingsReadNaturallyMidSentence(String heading, String inSentence) {
    assertThat(ConceptualQuestions.inSentence(heading)).isEqualTo(inSentence);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Deceptive cadence; true", // a term
      "Worked examples; false", // a section label
      "Common Mistakes; false", // a section label
      "Voice leading; true", // a term
      "Why the dominant resolves: tendency tones; false", // a sentence, not a term
      "Which tensions fit which chord; false", // a question
  })
  void onlyTermsAreAskedAsDefinitions(String heading, boolean definitional) {
    assertThat(ConceptualQuestions.definitional(heading)).isEqualTo(definitional);
  }
}
