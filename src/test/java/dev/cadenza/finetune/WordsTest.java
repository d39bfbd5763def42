package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Note;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  @ParameterizedTest
  @CsvSource({
      "F# minor triad, an", // F is spoken "eff"
      "E major 7th chord, an", // vowel letter
      "D# major 13th chord, a", // consonant letter
      "augmented sixth, an", // vowel word
      "unison, a", // spoken "you"
      "11th, an", // spoken "eleventh"
      "major third, a", // consonant word
  })
  void theArticleFollowsHowThePhraseIsSpoken(String phrase, String article) {
    assertThat(Words.article(phrase)).isEqualTo(article);
  }

  @Test
  void notesAreListedWithCommas() {
    assertThat(Words.notes(List.of(Note.parse("D#3"), Note.parse("F##3"), Note.parse("A#3"))))
        .isEqualTo("D#3, F##3, A#3");
  }

  @Test
  void countsAreWordsUpToTwelveAndDigitsBeyond() {
    assertThat(Words.counted(1, "sharp")).isEqualTo("one sharp");
    assertThat(Words.counted(4, "flat")).isEqualTo("four flats");
    assertThat(Words.counted(13, "sharp")).isEqualTo("13 sharps");
  }

  @Test
  void placeholdersAreFilledInOrder() {
    assertThat(Words.fill("Is {0} in {1}? {0}!", "E", "C7")).isEqualTo("Is E in C7? E!");
  }
}
