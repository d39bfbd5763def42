package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerShapeTest {

  @Test
  void sentencesSplitAtEndPunctuationBeforeACapitalButNotAfterAbbreviations() {
    assertThat(AnswerShape.sentences("A half cadence ends on V. It sounds open! Does it? Yes."))
        .containsExactly("A half cadence ends on V.", "It sounds open!", "Does it?", "Yes.");
    assertThat(AnswerShape.sentences("Composers such as Bach, e.g. BWV 846, wrote fugues. See Op. 27 and K. 331."))
        .containsExactly("Composers such as Bach, e.g. BWV 846, wrote fugues.", "See Op. 27 and K. 331.");
    // a decimal and a lower-case continuation are no boundaries
    assertThat(AnswerShape.sentences("At 1.5 times the value. the dot adds half.")).hasSize(1);
  }

  @Test
  void citationsFencesAndTableRulesAreLeftOutAndListItemsCount() {
    String answer = "Sonata form has three parts [1]:\n- exposition\n- development\n\n```abc\nX:1\nK:C\n```\n"
        + "| part | key |\n|---|---|\n| exposition | I-V |";
    assertThat(AnswerShape.sentences(answer)).containsExactly(
        "Sonata form has three parts:", "exposition", "development", "part | key |", "exposition | I-V |");
  }

  @Test
  void aFirstSentenceOpeningWithAPronounOrDemonstrativeDangles() {
    assertThat(AnswerShape.danglingOpener("They are the most audible voices. [1]")).isTrue();
    assertThat(AnswerShape.danglingOpener("It comes from George Gershwin's song.")).isTrue();
    assertThat(AnswerShape.danglingOpener("This is why the leading tone rises.")).isTrue();
    assertThat(AnswerShape.danglingOpener("Such chords are rare.")).isTrue();
    assertThat(AnswerShape.danglingOpener("**These** resolve down.")).isTrue();
  }

  @Test
  void theFollowedByAWordThatPointsBackDangles() {
    assertThat(AnswerShape.danglingOpener("The two most important are the fifth and octave.")).isTrue();
    assertThat(AnswerShape.danglingOpener("The usual solution is to double the root.")).isTrue();
    assertThat(AnswerShape.danglingOpener("The latter moves by step.")).isTrue();
  }

  @Test
  void aSentenceThatNamesItsSubjectDoesNotDangle() {
    assertThat(AnswerShape.danglingOpener("A deceptive cadence is V moving to vi. It surprises.")).isFalse();
    assertThat(AnswerShape.danglingOpener("The tonic is scale degree 1.")).isFalse();
    assertThat(AnswerShape.danglingOpener("Italian sixths have three notes.")).isFalse();
    assertThat(AnswerShape.danglingOpener("Thistle is not a chord.")).isFalse();
    assertThat(AnswerShape.danglingOpener("There are four kinds of cadence.")).isFalse();
    assertThat(AnswerShape.danglingOpener("")).isFalse();
  }
}
