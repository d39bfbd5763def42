package dev.cadenza.theory.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedPremisesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "why is the dominant chord built on the 4th degree | No: the dominant is the fifth scale degree (scale degree 5),"
          + " not the fourth; the fourth degree is the subdominant.",
      "why is the mediant scale degree 6 | No: the mediant is the third scale degree (scale degree 3), not the sixth;"
          + " the sixth degree is the submediant.",
      "how come the leading tone is the second degree | No: the leading tone is the seventh scale degree (scale degree"
          + " 7), not the second; the second degree is the supertonic.",
  })
  void aScaleDegreeNamedWithTheWrongNumberIsCorrected(String question, String correction) {
    assertThat(NamedPremises.correction(question)).contains(correction);
  }

  @Test
  void aCompoundMeterHasAThirdAsManyBeatsAsItsTopNumber() {
    assertThat(NamedPremises.correction("why does 6/8 have six beats")).contains("No: 6/8 is a compound meter with two"
        + " beats, each a dotted quarter note (three eighth notes); six counts the eighth notes in a bar.");
    assertThat(NamedPremises.correction("why does 12/8 have 12 beats")).contains("No: 12/8 is a compound meter with"
        + " four beats, each a dotted quarter note (three eighth notes); twelve counts the eighth notes in a bar.");
  }

  @Test
  void anIntervalNumberGivenAQualityOfTheOtherFamilyIsCorrectedAskedOrAsserted() {
    assertThat(NamedPremises.correction("can a fifth be major or minor?")).contains("No: a fifth is never major or"
        + " minor. Unisons, fourths, fifths and octaves are perfect, or augmented or diminished when altered; only"
        + " seconds, thirds, sixths and sevenths are major or minor.");
    assertThat(NamedPremises.correction("why is an octave minor")).hasValueSatisfying(c -> c.startsWith("No: an octave"));
    assertThat(NamedPremises.correction("is a 3rd perfect")).contains("No: a third is never perfect. Seconds, thirds,"
        + " sixths and sevenths are major or minor, or augmented or diminished when altered; only unisons, fourths,"
        + " fifths and octaves are perfect.");
    assertThat(NamedPremises.correction("can a third be major")).isEmpty();
    assertThat(NamedPremises.correction("is a fourth perfect")).isEmpty();
  }

  @Test
  void aSimpleMeterHasAsManyBeatsAsItsTopNumber() {
    assertThat(NamedPremises.correction("why does 3/4 have 2 beats")).contains("No: 3/4 has three beats, each a quarter note.");
  }

  @Test
  void aTendencyToneSaidToMoveAgainstItsTendencyIsCorrected() {
    assertThat(NamedPremises.correction("why does the leading tone resolve down")).contains("No: the leading tone"
        + " normally resolves up by half step to the tonic; only in an inner voice may it fall, to the fifth of the tonic"
        + " chord.");
    assertThat(NamedPremises.correction("why does the 7th of a V7 go up")).contains("No: a chordal seventh normally"
        + " resolves down by step; it may rise only in special cases, such as over a bass that moves up by step.");
    assertThat(NamedPremises.correction("why does the leading tone resolve up")).isEmpty();
    assertThat(NamedPremises.correction("why does the seventh resolve down")).isEmpty();
    assertThat(NamedPremises.correction("why does the leading tone go down in the alto")).as("the exception").isEmpty();
  }

  @Test
  void aPredominantSaidToLeadToTheTonicIsCorrected() {
    assertThat(NamedPremises.correction("why do augmented sixth chords resolve to the tonic")).contains("No: augmented"
        + " sixth chords lead to the dominant (V), often through a cadential six-four, not to the tonic.");
    assertThat(NamedPremises.correction("why does the neapolitan go to I")).contains("No: the Neapolitan leads to the"
        + " dominant (V), often through a cadential six-four, not to I.");
    assertThat(NamedPremises.correction("why do german sixth chords resolve to the dominant")).isEmpty();
    assertThat(NamedPremises.correction("why does a german 6th go to the tonic")).contains("No: German sixth chords lead"
        + " to the dominant (V), often through a cadential six-four, not to the tonic.");
  }

  @Test
  void parallelImperfectIntervalsAreAllowedAndPerfectOnesAvoided() {
    assertThat(NamedPremises.correction("why are parallel thirds forbidden in part writing")).contains("No: parallel"
        + " thirds are allowed, and common; only parallel perfect intervals (unisons, fifths and octaves) are avoided.");
    assertThat(NamedPremises.correction("why are parallel 5ths fine")).contains("No: parallel fifths are avoided in"
        + " common-practice part-writing, because they weaken the independence of the voices; only imperfect intervals"
        + " (thirds, sixths, tenths) may move in parallel.");
    assertThat(NamedPremises.correction("why are parallel octaves bad")).isEmpty();
    assertThat(NamedPremises.correction("why are parallel sixths ok")).isEmpty();
  }

  @Test
  void aTruePremiseOrAQuestionThatAssertsNothingIsLeftAlone() {
    assertThat(NamedPremises.correction("why is the dominant built on the fifth degree")).isEmpty();
    assertThat(NamedPremises.correction("why does 6/8 have two beats")).isEmpty();
    assertThat(NamedPremises.correction("is the dominant on the 4th degree?")).isEmpty();
    assertThat(NamedPremises.correction("why does the subdominant go to the dominant")).isEmpty();
  }

  @Test
  void theTheoryEngineOpensWithTheCorrection() {
    assertThat(new TheoryQa().answer("why does 6/8 have six beats")).hasValueSatisfying(answer -> {
      assertThat(answer.answer()).startsWith("No: 6/8 is a compound meter with two beats");
      assertThat(answer.details()).containsKey(TheoryAnswer.CORRECTION);
    });
  }
}
