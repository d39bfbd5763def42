package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.verify.Verifier;
import org.junit.jupiter.api.Test;

class PremiseCheckTest {

  private final PremiseCheck check = new PremiseCheck(new Verifier());

  @Test
  void aWrongKeySignatureInTheQuestionIsCorrected() {
    assertThat(check.corrections("why does C major have 2 sharps"))
        .containsExactly("Not so: C major has no sharps or flats.");
  }

  @Test
  void aWrongRelativeKeyIsCorrected() {
    assertThat(check.corrections("Why is E minor the relative minor of C major?"))
        .containsExactly("Not so: A minor is the relative minor of C major.");
  }

  @Test
  void aWrongIntervalSizeIsComputed() {
    assertThat(check.corrections("why is a tritone 5 half steps"))
        .containsExactly("Not so: a tritone spans six half steps (6 semitones), not 5.");
    assertThat(check.corrections("why does a perfect fifth have 6 half steps"))
        .containsExactly("Not so: a perfect fifth spans seven half steps (7 semitones), not 6.");
  }

  @Test
  void aSpelledChordOfAnotherQualityIsNamed() {
    assertThat(check.corrections("why is B-D-F a minor chord")).singleElement().asString()
        .startsWith("Not so: B-D-F is a B diminished").endsWith("not a minor chord.");
  }

  @Test
  void aTruePremiseOrAnOrdinaryQuestionNeedsNoCorrection() {
    assertThat(check.corrections("why does G major have one sharp")).isEmpty();
    assertThat(check.corrections("why is a tritone 6 half steps")).isEmpty();
    assertThat(check.corrections("what is a tritone")).isEmpty();
  }

  @Test
  void theQuestionIsTurnedIntoTheStatementItPresupposes() {
    assertThat(PremiseCheck.premise("why does Db major have 6 flats?")).hasValue("Db major has 6 flats");
    assertThat(PremiseCheck.premise("why is B-D-F a minor chord")).hasValue("B-D-F is a minor chord");
    assertThat(PremiseCheck.premise("how do I find the relative minor")).isEmpty();
  }
}
