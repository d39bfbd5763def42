package dev.cadenza.leakage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String QUESTION = "What is the relative minor of Ab major?";
  private static final String ANSWER = "V and I are both in root position and the melody ends on the tonic.";

  private final NearDuplicates questions = NearDuplicates.of(List.of(QUESTION, "picardy third"), 3);
  private final NearDuplicates answers = NearDuplicates.of(List.of(ANSWER), 5);

  @Test
  void findsAVerbatimCopyInsideALongerTextWhateverItsCaseSpacingAndPunctuation() {
    assertThat(questions.repeatedIn("Quick question:   WHAT is the relative minor of Ab-major, please?!"))
        .contains(QUESTION);
  }

  @Test
  void findsAPlantedNearDuplicateWithAWordAddedOrChanged() {
    assertThat(answers.repeatedIn("In a PAC, V and I are both in root position and the melody ends on the tonic note."))
        .contains(ANSWER);
    // one changed word removes the five 5-grams that span it: 10 of these 11 remain
    assertThat(answers.repeatedIn("V and I are both in root position and the melody ends on the keynote."))
        .contains(ANSWER);
  }

  @Test
  void ignoresATextThatSharesOnlyAPhrase() {
    assertThat(answers.repeatedIn("Both chords are in root position, and the bass ends on the tonic.")).isEmpty();
    assertThat(questions.repeatedIn("What is the relative major of F minor?")).isEmpty();
  }

  @Test
  void keepsSharpsApartFromNaturalsAndReadsUnicodeAccidentals() {
    NearDuplicates notes = NearDuplicates.of(List.of("The notes are F#, C#, G#, D#, A# and E#"), 3);

    assertThat(notes.repeatedIn("the notes are F, C, G, D, A and E")).isEmpty();
    assertThat(notes.repeatedIn("The notes are F♯, C♯, G♯, D♯, A♯ and E♯.")).isPresent();
  }

  @Test
  void readsApostrophesAsPartOfTheWord() {
    NearDuplicates typed = NearDuplicates.of(List.of("whats a period in music"), 3);

    assertThat(typed.repeatedIn("What's a period in music?")).isPresent();
  }

  @Test
  void matchesAReferenceShorterThanTwoNgramsOnlyWhole() {
    assertThat(questions.repeatedIn("Picardy third?")).contains("picardy third");
    assertThat(questions.repeatedIn("The Picardy third ends a minor piece on a major chord.")).isEmpty();
  }

  @Test
  void rejectsAnNgramLengthBelowOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> NearDuplicates.of(List.of("a b"), 0))
        .withMessage("illegal n: 0, must be >= 1");
  }
}
