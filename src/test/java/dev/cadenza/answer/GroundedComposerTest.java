package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundedComposerTest {

  private static Passage passage(int rank, String title, String text) {
    return new Passage(new StoredChunk("d" + rank + "#0", "d" + rank, title, "", text, "beginner", "harmony", 0),
        rank, 1.0 / (60 + rank), rank, 1f, rank, 1f);
  }

  private final GroundedComposer composer = new GroundedComposer();

  @Test
  void answersFromMatchingSentencesWithCitations() {
    Draft draft = composer.answer(new GenerationRequest("What is a deceptive cadence?", List.of(
        passage(1, "Cadences", "A deceptive cadence moves from V to vi. It surprises the listener because the tonic is expected."),
        passage(2, "Intervals", "A major third spans four semitones.")), List.of()));
    assertThat(draft.covered()).isTrue();
    assertThat(draft.text()).startsWith("A deceptive cadence moves from V to vi. [1]");
    assertThat(draft.text()).doesNotContain("[2]");
  }

  @Test
  void saysSourcesDoNotCoverAnOffTopicQuestion() {
    Draft draft = composer.answer(new GenerationRequest("How do I bake sourdough bread?", List.of(
        passage(1, "Cadences", "A deceptive cadence moves from V to vi.")), List.of()));
    assertThat(draft.covered()).isFalse();
    assertThat(draft.text()).isEqualTo(GroundedComposer.NOT_COVERED);
  }

  @Test
  void exactFactsComeFirst() {
    Draft draft = composer.answer(new GenerationRequest("Spell the G dominant seventh chord", List.of(
        passage(1, "Seventh chords", "A dominant seventh chord stacks a major triad and a minor seventh above the root.")),
        List.of("G7 is spelled G, B, D, F.")));
    assertThat(draft.text()).startsWith("G7 is spelled G, B, D, F. A dominant seventh chord");
  }

  @Test
  void noPassagesMeansNotCovered() {
    assertThat(composer.answer(new GenerationRequest("What is a cadence?", List.of(), List.of())).covered()).isFalse();
  }

  @Test
  void sentenceThatLeansOnAnEarlierOneDoesNotLead() {
    Draft draft = composer.answer(new GenerationRequest("Why does the leading tone pull to the tonic?", List.of(
        passage(1, "Leading tone", "Because it lies a half step below the tonic, the leading tone pulls upward."
            + " The leading tone pulls to the tonic because the half step is the smallest step in the scale.")), List.of()));
    assertThat(draft.text()).startsWith("The leading tone pulls to the tonic because");
  }
}
