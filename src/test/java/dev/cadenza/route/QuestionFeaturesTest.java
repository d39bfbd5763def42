package dev.cadenza.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionFeaturesTest {
  @Test
  void replacesTheoryTokensWithTheirShapesAndLowerCasesWords() {
    assertThat(QuestionFeatures.terms("Spell Cm7b5 in Bb Major, please!"))
        .containsExactly("spell", "CHORD_SYMBOL", "in", "NOTE", "major", "please");
  }

  @Test
  void readsALetterWithSpelledAccidentalsAsOneNote() {
    assertThat(QuestionFeatures.terms("G-flat to F double sharp"))
        .containsExactly("NOTE", "to", "NOTE");
  }

  @Test
  void keepsContractionsAsOneWord() {
    assertThat(QuestionFeatures.terms("what’s V/V?")).containsExactly("what's", "ROMAN");
  }

  @Test
  void countsNotesUpToThreeOrMore() {
    assertThat(QuestionFeatures.of("which chord is C E G Bb")).contains("s=NOTE", "n=NOTE:3");
    assertThat(QuestionFeatures.of("interval between C and E")).contains("n=NOTE:2");
  }

  @Test
  void marksCueWordsBigramsAndLength() {
    assertThat(QuestionFeatures.of("why does V7 resolve"))
        .containsExactly(
            "b=ROMAN_resolve",
            "b=^_why",
            "b=does_ROMAN",
            "b=resolve_$",
            "b=why_does",
            "c=EXPLAIN",
            "c=PREMISE",
            "len=short",
            "n=ROMAN:1",
            "s=ROMAN",
            "w=does",
            "w=resolve",
            "w=why");
  }

  @Test
  void marksEveryRowOfTheReadersCueTableWhosePhraseItContains() {
    assertThat(QuestionFeatures.of("how many notes are in Cmaj7")).contains("c=COUNT_NOTES", "c=MEMBERS");
    assertThat(QuestionFeatures.of("what key has four sharps")).contains("c=WHICH_KEY", "c=ACCIDENTALS");
  }

  @Test
  void givesAnEmptyQuestionOnlyItsLengthAndEdges() {
    assertThat(QuestionFeatures.of("  ?! ")).containsExactly("b=^_$", "len=short");
  }
}
