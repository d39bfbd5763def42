package dev.cadenza.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cadenza.theory.qa.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGeneratorTest {
  private static final int PER_INTENT = 60;

  @Test
  void generatesTheRequestedCountForEveryIntent() {
    List<LabelledQuestion> questions = new QuestionGenerator(QuestionGenerator.DEFAULT_SEED).generate(PER_INTENT);

    assertThat(questions).hasSize(PER_INTENT * Intent.values().length);
    for (Intent intent : Intent.values()) {
      assertThat(questions).filteredOn(question -> question.intent() == intent).hasSize(PER_INTENT);
    }
  }

  @Test
  void theSameSeedGivesTheSameQuestionsInTheSameOrder() {
    assertThat(new QuestionGenerator(42L).generate(PER_INTENT))
        .isEqualTo(new QuestionGenerator(42L).generate(PER_INTENT));
  }

  @Test
  void theSeedFixesTheFirstQuestion() {
    LabelledQuestion first = new QuestionGenerator(42L).generate(1).getFirst();

    assertThat(first).isEqualTo(new LabelledQuestion(Intent.CHORD_SPELLING, "what tones are in a A# minor??"));
  }

  @Test
  void differentSeedsGiveDifferentQuestions() {
    assertThat(new QuestionGenerator(1L).generate(PER_INTENT))
        .isNotEqualTo(new QuestionGenerator(2L).generate(PER_INTENT));
  }

  @Test
  void recordsItsSeed() {
    assertThat(new QuestionGenerator(99L).seed()).isEqualTo(99L);
  }

  @Test
  void rarelyRepeatsAQuestion() {
    List<LabelledQuestion> questions = new QuestionGenerator(3L).generate(PER_INTENT);

    assertThat(questions.stream().distinct().count()).isGreaterThan(questions.size() * 9L / 10);
  }

  @Test
  void fillsEverySlot() {
    assertThat(new QuestionGenerator(5L).generate(PER_INTENT))
        .extracting(LabelledQuestion::question)
        .noneMatch(question -> question.contains("{") || question.contains("}"));
  }

  @Test
  void spellsNotesInSeveralWays() {
    List<String> questions =
        new QuestionGenerator(QuestionGenerator.DEFAULT_SEED).generate(PER_INTENT).stream()
            .map(LabelledQuestion::question)
            .toList();

    assertThat(questions).anyMatch(question -> question.contains("#"));
    assertThat(questions).anyMatch(question -> question.contains(" sharp"));
    assertThat(questions).anyMatch(question -> question.contains("-flat"));
  }

  @Test
  void rejectsACountBelowOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new QuestionGenerator(1L).generate(0))
        .withMessage("illegal perIntent: 0, must be >= 1");
  }
}
