package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default streaming answer: the finished text, handed over a sentence at a time. */
class AnswererStreamingTest {

  @Test
  void groundedComposerStreamsSentencesWithTheirCitations() {
    GenerationRequest request = new GenerationRequest("What is a deceptive cadence?", List.of(
        TestPassages.passage(1, "Cadences", "", "A deceptive cadence moves from V to vi. "
            + "The deceptive cadence surprises the listener because the tonic is expected.")),
        List.of());
    List<String> tokens = new ArrayList<>();
    Draft draft = new GroundedComposer().answer(request, tokens::add);
    assertThat(tokens).containsExactly(
        "A deceptive cadence moves from V to vi. [1] ",
        "The deceptive cadence surprises the listener because the tonic is expected. [1]");
    assertThat(String.join("", tokens)).isEqualTo(draft.text());
  }

  @Test
  void piecesKeepEveryCharacter() {
    String text = "Why? Because (it's V7.) [2][3]  Then I! \"Done.\" [1]\nNext line without end";
    assertThat(String.join("", SentencePieces.of(text))).isEqualTo(text);
    assertThat(SentencePieces.of(text)).containsExactly(
        "Why? ", "Because (it's V7.) [2][3]  ", "Then I! ", "\"Done.\" [1]\n", "Next line without end");
  }

  @Test
  void anEmptyTextStreamsNothing() {
    assertThat(SentencePieces.of("")).isEmpty();
  }
}
