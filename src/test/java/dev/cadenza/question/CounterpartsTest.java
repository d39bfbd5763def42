package dev.cadenza.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CounterpartsTest {

  @Test
  void theFragmentsMemberReplacesItsPartnerInTheNumberTheQuestionUsed() {
    assertThat(Counterparts.swapped("how many sharps does E major have", "flat")).isEqualTo("how many flats does E major have");
    assertThat(Counterparts.swapped("is the melodic minor the same descending", "ascending"))
        .isEqualTo("is the melodic minor the same ascending");
  }

  @Test
  void theLongestNameWins() {
    assertThat(Counterparts.swapped("what does a tenor sax read for concert C", "the alto sax"))
        .isEqualTo("what does an alto sax read for concert C");
  }

  @Test
  void noPartnerInTheQuestionOrWordsOfItsOwnLeaveItAlone() {
    assertThat(Counterparts.swapped("what is a plagal cadence", "flats")).isNull();
    assertThat(Counterparts.swapped("what is first species counterpoint", "second inversion"))
        .as("'inversion' is no word of the last question").isNull();
    assertThat(Counterparts.swapped("a perfect fifth above Eb", "a major third")).isNull();
  }
}
