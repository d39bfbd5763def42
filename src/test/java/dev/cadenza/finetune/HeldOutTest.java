package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeldOutTest {
  private static final List<String> DOCUMENTS = List.of("harmony/cadences", "harmony/dominant", "pitch/intervals",
      "pitch/scales", "form/sonata", "jazz/ii-v-i", "rhythm/meter", "notation/clefs", "piano/voicings",
      "counterpoint/species", "ear-training/intervals");

  @Test
  void theSameSeedHoldsOutTheSameSubjects() {
    HeldOut first = HeldOut.choose(5, DOCUMENTS);
    HeldOut second = HeldOut.choose(5, DOCUMENTS);

    for (Family family : Family.values()) {
      assertThat(second.subjects(family)).isEqualTo(first.subjects(family));
    }
  }

  @Test
  void rootFamiliesHoldOutTwoCommonAndTwoDoubleAccidentalRoots() {
    HeldOut heldOut = HeldOut.choose(5, DOCUMENTS);

    assertThat(heldOut.subjects(Family.CHORD_SPELLING)).hasSize(4)
        .filteredOn(s -> s.endsWith("##") || s.endsWith("bb")).hasSize(2);
  }

  @Test
  void keyFamiliesHoldOutThreeStandardAndTwoTheoreticalKeys() {
    HeldOut heldOut = HeldOut.choose(5, DOCUMENTS);

    assertThat(heldOut.subjects(Family.CADENCE)).hasSize(5);
  }

  @Test
  void aTenthOfTheDocumentsRoundedUpIsHeldOut() {
    HeldOut heldOut = HeldOut.choose(5, DOCUMENTS);

    assertThat(heldOut.subjects(Family.CONCEPTUAL)).hasSize(2).isSubsetOf(DOCUMENTS);
  }

  @Test
  void aSubjectGoesToEvalExactlyWhenItsFamilyHoldsItOut() {
    HeldOut heldOut = HeldOut.choose(5, DOCUMENTS);
    String held = heldOut.subjects(Family.INTERVAL).iterator().next();

    assertThat(heldOut.splitOf(Family.INTERVAL, held)).isEqualTo(Split.EVAL);
    assertThat(heldOut.splitOf(Family.CONCEPTUAL, held)).isEqualTo(Split.TRAIN);
  }
}
