package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactContextTest {

  @Test
  void aSentenceAboutAnotherChordsSpellingIsNotContext() {
    assertThat(ExactContext.sameObject("The #9 is correctly spelled F##, not G.", "Gb7#9 is spelled Gb, Bb, Db, Fb, A."))
        .isFalse();
  }

  @Test
  void aSentenceNamingAnotherKeyIsNotContext() {
    assertThat(ExactContext.sameObject("In A minor the tritone G#-D resolves inward.",
        "vii°7 in C minor is B diminished seventh: B, D, F, Ab.")).isFalse();
  }

  @Test
  void aSentenceAboutTheConceptOrTheSameNotesIsContext() {
    String facts = "iv in A minor is D minor: D, F, A.";
    assertThat(ExactContext.sameObject("A minor iv often follows the tonic in a plagal close.", facts)).isTrue();
    assertThat(ExactContext.sameObject("The minor subdominant darkens a cadence.", facts)).isTrue();
  }

  @Test
  void theArticleANotesNoNote() {
    assertThat(ExactContext.notes("A thirteenth chord stacks thirds; A minor and Bb major differ."))
        .containsExactlyInAnyOrder("A", "Bb");
  }
}
