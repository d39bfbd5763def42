package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.SentenceMeaning;
import java.util.List;
import java.util.Map;
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
}
