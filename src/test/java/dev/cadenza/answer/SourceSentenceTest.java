package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.SentenceMeaning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which short openers are read as a glossary headword joined to the definition after them, and which as lead-ins. */
class SourceSentenceTest {

  private static SourceSentence first(String text) {
    Passage passage = new Passage(new StoredChunk("d1#0", "d1", "Glossary", "", text, "beginner", "piano", 0), 1,
        1.0 / 61, TestPassages.evidence(1, 1f, 1, 1f), new SentenceMeaning(new float[] {1, 0, 0}, Map.of()));
    return SourceSentence.of(List.of(passage)).get(0).get(0);
  }

  private static String headword(String text) {
    return first(text).headword();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a particle closing the name
      "Crossing over. Moving a longer finger over the thumb. | Crossing over",
      // the particle before a parenthesis
      "Thumb under (thumb crossing). Passing the thumb beneath the hand. | Thumb under (thumb crossing)",
      // a preposition with its object: a statement, not a name
      "Play over the bass. Then stop. | ''",
      "Diminished triad. Two minor thirds stacked. | Diminished triad",
      // a rule's lead-in that tells what to do names no term
      "Double the bass. In four voices the bass is the usual doubling. | ''",
      "Avoid note. A scale tone that clashes with the chord. | Avoid note",
  })
  void readsAShortNameBeforeItsDefinitionAsAHeadword(String text, String expected) {
    assertThat(headword(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Mixture in minor: the Picardy third. In a minor key the final chord may be major. | true",
      "Example in C major. The subject enters on C. | true",
      // statements whose verb is not a common one
      "A \"sus\" chord replaces the third. Csus4 contains C, F, G. | false",
      "The leading tone pulls strongly toward the tonic. It rises to the tonic. | false",
      "Quartal voicings stack perfect fourths instead of thirds. They sound open. | false",
  })
  void readsOnlyALabelWithoutAVerbAsALeadIn(String text, boolean heading) {
    assertThat(first(text).heading()).isEqualTo(heading);
  }

  @Test
  void aChunkReadBeforeIsPlacedAndMeasuredForEachRequestAnew() {
    StoredChunk chunk = new StoredChunk("d2#0", "d2", "Cadences", "", "A cadence ends a phrase. It may rest on V.",
        "beginner", "harmony", 0);
    StoredChunk other = new StoredChunk("d3#0", "d3", "Phrases", "", "A phrase is a musical sentence.", "beginner",
        "form", 0);
    SentenceMeaning near = new SentenceMeaning(new float[] {1, 0}, Map.of("A cadence ends a phrase.", new float[] {1, 0}));
    SentenceMeaning far = new SentenceMeaning(new float[] {0, 1}, Map.of("A cadence ends a phrase.", new float[] {1, 0}));

    SourceSentence alone = SourceSentence.of(List.of(passage(chunk, near))).get(0).get(0);
    SourceSentence second = SourceSentence.of(List.of(passage(other, near), passage(chunk, far))).get(1).get(0);

    assertThat(alone.text()).isEqualTo(second.text()).isEqualTo("A cadence ends a phrase.");
    assertThat(alone.passage()).isZero();
    assertThat(second.passage()).isEqualTo(1);
    assertThat(alone.similarity()).isCloseTo(1.0, within(1e-9));
    assertThat(second.similarity()).isCloseTo(0.0, within(1e-9));
  }

  private static List<SourceSentence> all(String text) {
    return SourceSentence.of(List.of(passage(new StoredChunk("d4#0", "d4", "Rests", "Worked examples", text, "beginner",
        "notation", 0), new SentenceMeaning(new float[] {1, 0}, Map.of())))).get(0);
  }

  @Test
  void aWorkedExampleIsQuotedWithItsPromptAndAOneSentenceExampleAsTheFactItStates() {
    List<SourceSentence> sentences = all("""
        Example 1. How many sixteenth notes fit in a half note? A half note equals 2 quarters, so the answer is 8.

        Example 2. A minuet is in 3/4. The waltz that followed it is in 3/4 too.

        Example 4. A rest that fills all of a 6/8 measure is written as a single whole rest.""");

    assertThat(sentences.get(0).asks()).isTrue();
    assertThat(sentences.get(1).leans()).as("the worked answer leans on its prompt").isTrue();
    assertThat(sentences.get(2).asks()).as("a prompt setting the problem").isTrue();
    assertThat(sentences.get(3).leans()).isTrue();
    SourceSentence fact = sentences.get(4);
    assertThat(fact.text()).isEqualTo("A rest that fills all of a 6/8 measure is written as a single whole rest.");
    assertThat(fact.asks()).isFalse();
    assertThat(fact.leans()).isFalse();
  }

  private static Passage passage(StoredChunk chunk, SentenceMeaning meaning) {
    return new Passage(chunk, 1, 1.0 / 61, TestPassages.evidence(1, 1f, 1, 1f), meaning);
  }
}
