package dev.cadenza.abc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Finding a tune pasted into a question, and leaving questions about the notation alone. */
class AbcQuestionsTest {

  @Test
  void aTunePastedOnItsOwnLinesIsTakenFromItsXField() {
    assertThat(AbcQuestions.tune("What key is this in?\nX:1\nT:Air\nK:G\nGABc|d4|]\n"))
        .contains("X:1\nT:Air\nK:G\nGABc|d4|]\n");
  }

  @Test
  void aTunePastedOnOneLineGetsOneFieldALineAndItsMusicAfterTheKey() {
    assertThat(AbcQuestions.tune("what key? X:1 T:Jig M:6/8 K:D mix A2B c2d | e3 A3 |]"))
        .contains("X:1\nT:Jig\nM:6/8\nK:D mix\nA2B c2d | e3 A3 |]\n");
  }

  @Test
  void aQuestionThatOnlyNamesTheFieldsHoldsNoTune() {
    assertThat(AbcQuestions.tune("In ABC, what do X:1 and K: mean?")).isEmpty();
    assertThat(AbcQuestions.tune("What key is D dorian's parent?")).isEmpty();
  }
}
