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
  void aClosingQuoteOrBracketStaysWithItsSentence() {
    assertThat(Sentences.split("The sixteenths are \"ta-ka-di-mi.\" In compound meter the beat is \"ta.\" "
        + "(A memory aid: the half rest looks like a hat.) The end."))
        .containsExactly("The sixteenths are \"ta-ka-di-mi.\"", "In compound meter the beat is \"ta.\"",
            "(A memory aid: the half rest looks like a hat.)", "The end.");
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

  @Test
  void abbreviationsOfNamesAndLabelsDoNotEndASentence() {
    assertThat(Sentences.split("Write Cad. 6/4 under the bass. Ms. Lee calls it a classroom name, i.e. a label. "
        + "Compare I vs. V. Done."))
        .containsExactly("Write Cad. 6/4 under the bass.", "Ms. Lee calls it a classroom name, i.e. a label.",
            "Compare I vs. V.", "Done.");
  }

  @Test
  void aQuotedAbbreviationDoesNotEndASentence() {
    assertThat(Sentences.split("Add the word \"Cad. 6/4\" to show the function. Hear \"Op. 27\" and ('Ms. Lee') too."))
        .containsExactly("Add the word \"Cad. 6/4\" to show the function.", "Hear \"Op. 27\" and ('Ms. Lee') too.");
  }

  @Test
  void catalogueNumbersStayInTheirSentence() {
    assertThat(Sentences.split("Hear Beethoven's Op. 2 No. 1 and Mozart's K. 331 next to BWV. 846. Then rest."))
        .containsExactly("Hear Beethoven's Op. 2 No. 1 and Mozart's K. 331 next to BWV. 846.", "Then rest.");
  }

  @Test
  void catalogueWordsEndASentenceWhenNoNumberFollows() {
    assertThat(Sentences.split("Is parallel motion to a fifth allowed? The answer is no. Avoid it."))
        .containsExactly("Is parallel motion to a fifth allowed?", "The answer is no.", "Avoid it.");
  }

  @Test
  void decimalsAndStackedFiguresAreNotSentenceEnds() {
    assertThat(Sentences.split("A quarter note lasts 0.5 seconds at 120 bpm. The suspension figure 7. 6 resolves down."))
        .containsExactly("A quarter note lasts 0.5 seconds at 120 bpm.", "The suspension figure 7. 6 resolves down.");
  }

  @Test
  void aNumberEndsASentenceBeforeAWord() {
    assertThat(Sentences.split("The figure is 6. The bass holds."))
        .containsExactly("The figure is 6.", "The bass holds.");
  }

  @Test
  void theNumberOfANumberedListItemStaysWithIt() {
    assertThat(Sentences.split("Steps:\n1. Find the sixth degree. Then stop.\n2. Build a minor key."))
        .containsExactly("Steps:", "1. Find the sixth degree.", "Then stop.", "2. Build a minor key.");
  }
}
