package dev.cadenza.theory.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tritones inside a chord, and a chord symbol with an interval that moves nothing. */
class ChordTritonesTest {
  private static final TheoryQa QA = new TheoryQa();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "what's the tritone in G7 | G7 (G, B, D, F) has one tritone: B up to F, a diminished fifth, its third and seventh.",
      "which tritones are in Bdim7 | Bdim7 (B, D, F, Ab) has 2 tritones: B up to F, a diminished fifth, its root and fifth;"
          + " D up to Ab, a diminished fifth, its third and seventh.",
      "is there a tritone in Cmaj7 | Cmaj7 (C, E, G, B) has no tritone: no two of its notes lie six semitones apart.",
      // spelled by letters: an augmented fourth from the root, a diminished fifth from the third
      "tritone in C7#11 | C7#11 (C, E, G, Bb, F#) has 2 tritones: C up to F#, an augmented fourth, its root and eleventh;"
          + " E up to Bb, a diminished fifth, its third and seventh.",
      // moved up or down, the interval transposes the chord
      "G7 up a tritone | Transposed, the chord is a C# dominant 7th chord (C#7): C#, E#, G#, B.",
  })
  void namesEachPairOfChordTonesATritoneApart(String question, String expected) {
    assertThat(QA.answer(question).map(TheoryAnswer::answer)).contains(expected);
  }

  /** A key or a numeral is not a chord named by its symbol: "the tritone of V7 in C major" is V7 in C major. */
  @Test
  void aKeyIsNoChordToLookInside() {
    assertThat(QA.answer("How does the tritone of V7 resolve in C major?").map(TheoryAnswer::answer))
        .contains("In C major, V7 is G7: G, B, D, F. Function: dominant.");
  }

  /** Checked against a count over pitch classes, for every chord type on a natural, a sharp and a flat root. */
  @Test
  void findsAsManyTritonesAsThePitchClassesHold() {
    for (ChordType type : ChordType.values()) {
      for (String root : List.of("C", "F#", "Eb")) {
        Chord chord = Chord.of(Note.parse(root), type);
        List<Integer> classes = chord.tones().stream().map(Note::pitchClass).toList();
        int expected = 0;
        for (int i = 0; i < classes.size(); i++) {
          for (int j = i + 1; j < classes.size(); j++) {
            if (Math.floorMod(classes.get(j) - classes.get(i), 12) == 6) expected++;
          }
        }
        var result = MoreQueries.tritones(new TheoryQuery.ChordTritones(chord));
        assertThat(result.tritones()).as(chord.symbol()).hasSize(expected);
        for (QueryResult.TritonePair pair : result.tritones()) {
          assertThat(Math.floorMod(Note.parse(pair.upper()).pitchClass() - Note.parse(pair.lower()).pitchClass(), 12))
              .as(chord.symbol()).isEqualTo(6);
          assertThat(pair.interval()).as(chord.symbol()).isIn("augmented fourth", "diminished fifth");
        }
      }
    }
  }
}
