package dev.cadenza.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void aWordWhoseStemLooksLikeAStopWordStaysAContentWord() {
    // "theme" stems to "them"; it must not vanish like the pronoun
    assertThat(Terms.of("theme and variations")).containsExactly("them", "vari");
  }

  @Test
  void aShortVerbThatLostItsEMeetsItsWord() {
    assertThat(Terms.of("naming named names")).containsExactly("name");
    assertThat(Terms.of("moving moved")).isEqualTo(Terms.of("move"));
    assertThat(Terms.of("noted")).isEqualTo(Terms.of("note"));
    // a stem that ends in w, x or y, or has two consonants before the ending, had no e
    assertThat(Terms.of("fixed")).containsExactly("fixed");
    assertThat(Terms.of("passing")).containsExactly("pass");
  }

  @Test
  void aQualityNounMeetsItsAdjective() {
    assertThat(Terms.of("consonance and dissonances")).isEqualTo(Terms.of("consonant and dissonant"));
    assertThat(Terms.of("the dominance of the dominant")).containsExactly("dominant");
    // A short word keeps its ending: "chance" is no "chant".
    assertThat(Terms.of("chance")).doesNotContain("chant");
  }

  @Test
  void digitOrdinalsMeetTheirWords() {
    assertThat(Terms.of("1st inversion")).isEqualTo(Terms.of("first inversion"));
    assertThat(Terms.of("13ths")).isEqualTo(Terms.of("thirteenth"));
  }

  @Test
  void aBarlineIsABarLine() {
    assertThat(Terms.of("until the next barline")).containsExactly("until", "next", "bar", "line");
    assertThat(Terms.of("barlines")).isEqualTo(Terms.of("bar lines"));
  }

  @Test
  void aDiminishedNumeralIsAlsoThePlainNumeralButNotTheOtherWayRound() {
    assertThat(Terms.of("vii° cannot be tonicized")).contains("vii°", "vii");
    assertThat(Terms.of("VII leads to III")).contains("vii").doesNotContain("vii°");
    assertThat(Terms.of("viio7")).isEqualTo(Terms.of("vii°7")).contains("vii7");
  }

  @Test
  void upwardIsUpAndDownwardDown() {
    assertThat(Terms.of("a held note that resolves upward")).contains("up");
    assertThat(Terms.of("moves downwards")).isEqualTo(Terms.of("moves down"));
  }

  @Test
  void britishSpellingsMeetAmericanOnes() {
    assertThat(Terms.of("how do i practise it")).isEqualTo(Terms.of("how do i practice it"));
    assertThat(Terms.of("practising scales")).isEqualTo(Terms.of("practicing scales"));
    assertThat(Terms.of("a neighbour note")).isEqualTo(Terms.of("a neighbor note"));
    assertThat(Terms.of("harmonise a melody")).isEqualTo(Terms.of("harmonize a melody"));
    assertThat(Terms.of("analysed in compound metre")).isEqualTo(Terms.of("analyzed in compound meter"));
    assertThat(Terms.of("tone colour")).isEqualTo(Terms.of("tone color"));
    // A noun that only looks British stays as it is.
    assertThat(Terms.of("emphasis")).isEqualTo(Set.of(Terms.stem("emphasis")));
    assertThat(Terms.of("four hours")).contains("four");
  }

  @Test
  void aCountPastNineMeetsItsWordButFiguresAndMetersStayDigits() {
    assertThat(Terms.of("only 12 spots for 15 keys")).isEqualTo(Terms.of("only twelve spots for fifteen keys"));
    assertThat(Terms.of("V4/2 in 3/4")).contains("4", "2", "3").doesNotContain("four", "two", "three");
  }

  @Test
  void aBarIsAMeasure() {
    assertThat(Terms.of("where does it go in the bar")).isEqualTo(Terms.of("where does it go in the measure"));
    assertThat(Terms.of("the last 4 bars")).isEqualTo(Terms.of("the last 4 measures"));
    assertThat(Terms.of("a bar line")).doesNotContain("measur");
  }

  @Test
  void aContractionTypedWithoutItsApostropheIsAStopWord() {
    assertThat(Terms.of("shouldnt you add 8, it wasnt and aint")).containsExactly("add", "8");
  }

  @Test
  void anInflectedStopWordIsStillAStopWord() {
    assertThat(Terms.of("things that works")).isEmpty();
  }

  @Test
  void aFourLetterPluralMeetsItsSingular() {
    assertThat(Terms.of("major keys")).isEqualTo(Terms.of("a major key"));
    assertThat(Terms.of("keys and dots")).containsExactly("key", "dot");
  }

  @Test
  void fourLetterWordsEndingInSThatAreNoPluralsStayWhole() {
    assertThat(Terms.of("bass plus axis goes")).containsExactly("bass", "plus", "axis", "goes");
  }

  @Test
  void askingWhatSomethingGetsAddsNoTopic() {
    assertThat(Terms.of("which chord gets used the least")).containsExactly("chord", "least");
  }
}
