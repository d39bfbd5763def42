package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.SentenceMeaning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which short openers are read as a glossary headword joined to the definition after them. */
class SourceSentenceTest {

  private static String headword(String text) {
    Passage passage = new Passage(new StoredChunk("d1#0", "d1", "Glossary", "", text, "beginner", "piano", 0), 1,
        1.0 / 61, TestPassages.evidence(1, 1f, 1, 1f), new SentenceMeaning(new float[] {1, 0, 0}, Map.of()));
    return SourceSentence.of(List.of(passage)).get(0).get(0).headword();
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
  })
  void readsAShortNameBeforeItsDefinitionAsAHeadword(String text, String expected) {
    assertThat(headword(text)).isEqualTo(expected);
  }
}
