package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractsTest {
  private static final String PASSAGE = "Examples:\n\n"
      + "- In C major: V to vi.\n"
      + "- In A minor: V to VI.\n\n"
      + "This matches the key signature in every case. "
      + "A deceptive cadence moves from the dominant to the submediant instead of the tonic. "
      + "The bass rises a step while the upper voices resolve as usual. "
      + "It surprises the listener and extends the phrase.";

  @Test
  void theQuoteStartsAtTheSentenceClosestToTheHeading() {
    assertThat(Extracts.quote(PASSAGE, "Deceptive cadence", 1))
        .containsExactly("A deceptive cadence moves from the dominant to the submediant instead of the tonic.");
  }

  @Test
  void theQuoteContinuesWithTheFollowingProseSentences() {
    assertThat(Extracts.quote(PASSAGE, "Deceptive cadence", 3)).containsExactly(
        "A deceptive cadence moves from the dominant to the submediant instead of the tonic.",
        "The bass rises a step while the upper voices resolve as usual.",
        "It surprises the listener and extends the phrase.");
  }

  @Test
  void listItemsLabelsAndSentencesLeaningOnContextNeverOpenAQuote() {
    assertThat(Extracts.quote(PASSAGE, "Unrelated heading", 1))
        .containsExactly("A deceptive cadence moves from the dominant to the submediant instead of the tonic.");
  }

  @Test
  void aPassageWithoutProseGivesNoQuote() {
    assertThat(Extracts.quote("- C, E, G\n- D, F, A", "Triads", 2)).isEmpty();
  }
}
