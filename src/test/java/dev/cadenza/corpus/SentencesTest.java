package dev.cadenza.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsAtSentenceEndsButNotAtAbbreviations() {
    assertThat(Sentences.split("Use V7, e.g. in C major. The chord is G7! Is it? Yes."))
        .containsExactly("Use V7, e.g. in C major.", "The chord is G7!", "Is it?", "Yes.");
  }

  @Test
  void noteNameAtSentenceEndClosesTheSentence() {
    assertThat(Sentences.split("The dominant of C is G. The leading tone is B."))
        .containsExactly("The dominant of C is G.", "The leading tone is B.");
  }

  @Test
  void listItemsStandAlone() {
    assertThat(Sentences.split("Rules:\n- avoid parallel fifths\n- resolve the seventh down"))
        .containsExactly("Rules:", "- avoid parallel fifths", "- resolve the seventh down");
  }
}
