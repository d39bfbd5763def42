package dev.cadenza.theory.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Claims about notes on transposing instruments, checked against the instrument's transposition. */
class TranspositionClaimsTest {
  private final Verifier verifier = new Verifier();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A Bb clarinet playing written C sounds Bb. | correct | ",
      "A Bb clarinet playing written C sounds A. | incorrect | A Bb clarinet playing written C sounds Bb.",
      // spelled by letters: a sixth below C is Eb, not D#
      "On the alto sax a written C sounds as concert D#. | incorrect | On the alto sax a written C sounds as concert Eb.",
      "The Eb alto saxophone sounds a major sixth lower than written: to sound concert C its player reads A, a major sixth"
          + " higher. | correct | ",
      "To sound concert C4, a tenor sax player reads D5. | correct | ",
      "To sound concert C4, a tenor sax player reads D4. | incorrect | To sound concert C4, a tenor sax player reads D5.",
      "A horn in F playing written G sounds C. | correct | ",
      // "A clarinet" may be the article or the A clarinet: true of either reading is not wrong
      "A clarinet playing written C sounds Bb. | correct | ",
      "A clarinet playing written C sounds G. | unchecked | ",
  })
  void checksTheNoteThatSoundsOrIsRead(String text, String verdict, String corrected) {
    VerificationReport report = verifier.verify(text);
    assertThat(report.claims()).extracting(Claim::kind).containsExactly("transposition");
    assertThat(report.claims().getFirst().verdict()).isEqualTo(verdict);
    if (corrected != null) assertThat(report.corrected(text)).isEqualTo(corrected);
  }

  /** A note moved past the octaves the engine names is no claim to check, and no failure of the whole text. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A glockenspiel playing written C9 sounds C9.", "A bari sax playing written C0 sounds C0."})
  void leavesNotesBeyondTheOctaveRangeUnchecked(String text) {
    assertThat(verifier.verify(text).claims()).extracting(Claim::kind).doesNotContain("transposition");
  }
}
