package dev.cadenza.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void aWordWhoseStemLooksLikeAStopWordStaysAContentWord() {
    // "theme" stems to "them"; it must not vanish like the pronoun
    assertThat(Terms.of("theme and variations")).containsExactly("them", "vari");
  }

  @Test
  void anInflectedStopWordIsStillAStopWord() {
    assertThat(Terms.of("things that works")).isEmpty();
  }
}
