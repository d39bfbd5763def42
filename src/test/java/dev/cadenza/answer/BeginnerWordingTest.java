package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The beginner's rewording: glosses on first use only, never inside quotes, numbers or note names; shorter, cited. */
class BeginnerWordingTest {

  private final BeginnerWording wording = new BeginnerWording(BeginnerGlossary.bundled());

  @Test
  void aTermIsGlossedOnItsFirstUseOnly() {
    String text = wording.reword("The leading tone rises. A leading tone in the bass is rare [1].", "Why?");
    assertThat(text).isEqualTo("The leading tone (the seventh scale degree, a half step below the tonic) rises."
        + " A leading tone in the bass is rare [1].");
  }

  @Test
  void aCompoundTermIsGlossedWholeAndItsLastWordNotAgain() {
    String text = wording.reword("A half cadence ends the phrase [1].", "How do phrases end?");
    assertThat(text).isEqualTo("A half cadence (a phrase ending on V) ends the phrase [1].");
  }

  @Test
  void anIntervalsInversionIsNotGlossedAsAChords() {
    assertThat(wording.reword("A third's interval inversion, a sixth, sounds alike [1].", "What becomes of thirds?"))
        .isEqualTo("A third's interval inversion (moving the lower note of an interval up an octave), a sixth,"
            + " sounds alike [1].");
  }

  @Test
  void aTermTheQuestionAsksAboutOrTheSentenceDefinesIsNotGlossed() {
    assertThat(wording.reword("The tritone resolves inward [1].", "Where does the tritone go?"))
        .isEqualTo("The tritone resolves inward [1].");
    assertThat(wording.reword("A triad is three notes in thirds [1].", "What is this?"))
        .isEqualTo("A triad is three notes in thirds [1].");
  }

  @Test
  void aFigureAfterARomanNumeralIsExplainedOnce() {
    String text = wording.reword("Play I6/4 then V7 and V7 again [1].", "How does it end?");
    assertThat(text).isEqualTo("Play I6/4 (figure 6/4: the fifth is in the bass) then V7 (figure 7: a four-note chord"
        + " of stacked thirds) and V7 again [1].");
  }

  @Test
  void nothingIsInsertedInsideAQuotationANumberOrANoteName() {
    String answer = "Write \"V7 over the leading tone\" here; the chord G7 has 4 notes, B and Bb4 among them,"
        + " in 6/4 time [2].";
    assertThat(wording.reword(answer, "What is written?")).isEqualTo(answer);
  }

  @Test
  void aBeginnerReadsAtMostThreeCitedSentencesWithTheirCitations() {
    String answer = "One. [1] Two. [2] Three. [1] [3]\n- Four. [4]\n- Five. [5]";
    assertThat(wording.reword(answer, "Count?")).isEqualTo("One. [1] Two. [2] Three. [1] [3]");
  }
}
