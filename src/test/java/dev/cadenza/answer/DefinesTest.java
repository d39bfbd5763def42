package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.index.StoredChunk;
import dev.cadenza.question.Terms;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.SentenceMeaning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences say what a subject is. */
class DefinesTest {

  private static SourceSentence first(String text) {
    Passage passage = new Passage(new StoredChunk("d1#0", "d1", "Modes", "", text, "beginner", "pitch", 0), 1,
        1.0 / 61, TestPassages.evidence(1, 1f, 1, 1f), new SentenceMeaning(new float[] {1, 0, 0}, Map.of()));
    return SourceSentence.of(List.of(passage)).get(0).get(0);
  }

  @ParameterizedTest(name = "{0} defines {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      - Mixolydian: a major scale with a lowered seventh degree. | mixolydian mode  | true
      - Mixolydian: a major scale with a lowered seventh degree. | mixolydian       | true
      - Plagal: IV moving to I, the Amen ending.                | plagal cadence   | true
      # the kind may go unsaid, not another word of the name
      - Dorian flat-two: a Dorian scale with a lowered second.  | dorian mode      | false
      - Mixolydian: a major scale with a lowered seventh degree. | mixolydian dominant chord | false
      - Phrygian: a minor scale with a lowered second.          | phrygian half cadence | false
      """)
  void anEntryNamedWithoutItsKindDefinesTheNamedThing(String sentence, String subject, boolean defines) {
    assertThat(Relevance.defines(first(sentence), Terms.of(subject))).isEqualTo(defines);
  }
}
