package dev.cadenza.theory.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one false-premise check: the typed answer opens with the correction, and a true premise gets none. */
class PremisesTest {
  private final TheoryQa qa = new TheoryQa();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "why does C major have 2 sharps | No: C major has no sharps or flats, not 2 sharps.", // key signature
      "why does Db major have 6 flats | No: Db major has 5 flats, not 6 flats.",
      "why does E major have one flat | No: E major has 4 sharps, not 1 flat.",
      "Why is E minor the relative minor of C major? | No: the relative of C major is A minor, not E minor.",
      "why is a tritone 5 half steps | No: a tritone spans six half steps (6 semitones), not 5.", // interval size
      "why does a perfect fifth have 6 half steps | No: a perfect fifth spans seven half steps (7 semitones), not 6.",
      "why is a major third 3 semitones | No: a major third spans four half steps (4 semitones), not 3.",
      "why is B-D-F a minor chord | No: B, D, F is a B diminished triad (Bdim), not a minor chord.", // chord quality
      "explain why F A C is a diminished triad | No: F, A, C is an F major triad (F), not a diminished triad.",
      "why is C to E a minor third | No: it is a major third (M3), not a minor third.",
      // a note of another letter: the one-letter-per-degree rule, and the scale note holding that letter
      "why is the raised 7th of G# harmonic minor written F## and not G | No: G is not in G# harmonic minor. F## sounds"
          + " the same as G, but a scale uses each letter name once, and the letter G is already taken by G#.",
      "why is the 7th note of F# major E# and not F | No: F is not the leading tone of F# major; E# is. E# sounds the"
          + " same as F, but a scale uses each letter name once, and the letter F belongs to the tonic F#.",
  })
  void correctsTheFalsePremiseFirst(String question, String correction) {
    TheoryAnswer answer = qa.answer(question).orElseThrow();
    assertThat(answer.answer()).startsWith(correction + " ");
    assertThat(answer.details()).containsEntry(TheoryAnswer.CORRECTION, correction);
  }

  @ParameterizedTest
  @ValueSource(strings = {"why does G major have one sharp", "why is a tritone 6 half steps",
      "why is G-B-D a major chord", "how many half steps in a minor sixth"})
  void leavesATruePremiseOrAPlainQuestionAlone(String question) {
    assertThat(qa.answer(question).orElseThrow().details()).doesNotContainKey(TheoryAnswer.CORRECTION);
  }
}
