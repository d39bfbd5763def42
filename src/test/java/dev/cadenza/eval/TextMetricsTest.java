package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMetricsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // lower-cased, punctuation and the article removed, whitespace collapsed
      "The Perfect Authentic Cadence!   | perfect authentic cadence",
      // hyphens are punctuation, so the two halves join
      "a dotted-quarter beat            | dottedquarter beat",
      // articles only as whole words: 'another' and 'theme' keep their letters
      "another theme, an idea           | another theme idea",
      // every separator becomes one space
      "'G,  B,\tD, F.'                  | g b d f",
  })
  void normalisesLikeTheSquadScript(String text, String expected) {
    assertThat(TextMetrics.normalize(text)).isEqualTo(expected);
  }

  @Test
  void exactMatchIgnoresCaseArticlesAndPunctuation() {
    assertThat(TextMetrics.exactMatch("The perfect authentic cadence.", "perfect authentic cadence")).isEqualTo(1.0);
    assertThat(TextMetrics.exactMatch("imperfect authentic cadence", "perfect authentic cadence")).isEqualTo(0.0);
  }

  @Test
  void sharpSignsAndTheNoteAVanishLikePunctuationAndArticles() {
    // Known blind spots of SQuAD normalisation on music text, kept so the metric stays comparable.
    assertThat(TextMetrics.exactMatch("F#", "F")).isEqualTo(1.0);
    assertThat(TextMetrics.normalize("A minor")).isEqualTo("minor");
  }

  @Test
  void tokenF1CountsSharedWordsAfterNormalisation() {
    // "the dominant seventh chord" -> [dominant, seventh, chord]; "a dominant 7th chord" -> [dominant, 7th, chord].
    // Shared: dominant, chord = 2. Precision 2/3, recall 2/3, F1 = 2 * (2/3 * 2/3) / (2/3 + 2/3) = 2/3.
    assertThat(TextMetrics.tokenF1("the dominant seventh chord", "a dominant 7th chord")).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void tokenF1RewardsRecallEvenWithExtraWords() {
    // Answer: "a german sixth contains ab c eb and f" after punctuation goes; the article "a" goes too, leaving
    // [german, sixth, contains, ab, c, eb, and, f] = 8 tokens. Reference [ab, c, eb, f]: all 4 are shared.
    // Precision 4/8, recall 4/4, F1 = 2 * (1/2 * 1) / (1/2 + 1) = 2/3.
    double f1 = TextMetrics.tokenF1("A German sixth contains Ab, C, Eb and F#.", "Ab, C, Eb, F#");
    assertThat(f1).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void tokenF1CountsRepeatedWordsOnlyAsOftenAsTheReferenceHasThem() {
    // [c, c, c] vs [c, d]: one shared c. Precision 1/3, recall 1/2, F1 = 2 * (1/6) / (5/6) = 2/5.
    assertThat(TextMetrics.tokenF1("C C C", "C D")).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void tokenF1OfTextsWithoutWordsIsOneOnlyWhenBothAreEmpty() {
    assertThat(TextMetrics.tokenF1("the", "a")).isEqualTo(1.0);
    assertThat(TextMetrics.tokenF1("", "tonic")).isEqualTo(0.0);
    assertThat(TextMetrics.tokenF1("tonic", "...")).isEqualTo(0.0);
  }

  @Test
  void tokenF1IsZeroWithoutSharedWords() {
    assertThat(TextMetrics.tokenF1("half cadence", "plagal motion")).isEqualTo(0.0);
  }

  @Test
  void citationMarkersAreStrippedFromAnswers() {
    assertThat(TextMetrics.stripCitations("V resolves to I [1]. The leading tone rises [2][3]."))
        .isEqualTo("V resolves to I. The leading tone rises.");
  }
}
