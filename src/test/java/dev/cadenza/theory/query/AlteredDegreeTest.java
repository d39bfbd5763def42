package dev.cadenza.theory.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Degrees written with a flat or sharp ("b6", "#4", "flat seven") count from the major scale on the key's tonic, as
 * chord symbols and scale formulas do; the nth mode of a key is the mode on its nth degree.
 */
class AlteredDegreeTest {
  private static final TheoryQa QA = new TheoryQa();
  /** The major scale's intervals above the tonic, degree by degree: a second construction of each degree. */
  private static final List<String> MAJOR = List.of("P1", "M2", "M3", "P4", "P5", "M6", "M7");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "what is the b6 of C major | The b6 of C major is Ab: the sixth degree of the C major scale, A, lowered a half step.",
      "whats the flat 6 in D major | The b6 of D major is Bb: the sixth degree of the D major scale, B, lowered a half step.",
      "sharp four of Bb major | The #4 of Bb major is E: the fourth degree of the Bb major scale, Eb, raised a half step.",
      // typed in lower case next to a key, b3 is the degree, not the note B3
      "b3 of A minor | The b3 of A minor is C: the third degree of the A major scale, C#, lowered a half step. Altered"
          + " degrees count from the major scale on the same tonic; A minor's own third degree is C, the same note.",
      "whats the fifth mode of C major | The mode on degree 5 of C major is G mixolydian: G, A, B, C, D, E, F, the notes of"
          + " C major from G to G (1 2 3 4 5 6 b7).",
  })
  void answersTheDegreeAsked(String question, String expected) {
    assertThat(QA.answer(question).map(TheoryAnswer::answer)).contains(expected);
  }

  @Test
  void everyAlteredDegreeIsTheMajorDegreeMovedAHalfStepOnItsLetter() {
    for (int fifths = -7; fifths <= 7; fifths++) {
      Key key = Key.majorAtFifths(fifths);
      for (int degree = 1; degree <= 7; degree++) {
        Note expectedLetter = key.tonic().transpose(Interval.parse(MAJOR.get(degree - 1)));
        for (int alteration : new int[] {-1, 1}) {
          if (Math.abs(expectedLetter.accidental() + alteration) > 2) continue;
          var result = (QueryResult.AlteredDegreeResult) MoreQueries.alteredDegree(
              new TheoryQuery.AlteredDegree(key, degree, alteration));
          Note altered = Note.parse(result.note());
          assertThat(altered.letter()).as(key + " " + result.degree()).isEqualTo(expectedLetter.letter());
          assertThat(Math.floorMod(altered.pitchClass() - expectedLetter.pitchClass(), 12))
              .as(key + " " + result.degree()).isEqualTo(Math.floorMod(alteration, 12));
        }
      }
    }
  }
}
