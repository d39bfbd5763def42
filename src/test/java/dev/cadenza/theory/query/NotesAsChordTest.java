package dev.cadenza.theory.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ambiguous questions and whether their letters are read as a chord to name (ChordReaders.namesChordByNotes). */
class NotesAsChordTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # notes that spell a chord
      what chord is B D F A                      | [B, D, F, A]
      what chord do the notes B D F A form       | [B, D, F, A]
      C E G form what chord                      | [C, E, G]
      what is C E G Bb                           | [C, E, G, Bb]
      # two notes are a chord only when the question calls them one
      what chord is C and G                      | [C, G]
      whats the B right below middle c called    | []
      then what's the B below the C              | []
      # one note named twice is not a chord
      middle c is c4?                            | []
      is C4 the same as c                        | []
      # letters that label sections and voicings are not notes
      rootless voicing A and B                   | []
      what happens in the A section              | []
      the B section of ABA form                  | []
      A B A form explained                       | []
      part B and part C of a rondo               | []
      # sections lettered in order, one coming back, need no noun
      ternary and rounded binary are both basically A B A | []
      is A A B A a song form                     | []
      what chord is A C E A                      | [A, C, E, A]
      # the letters of a dotted abbreviation are not notes
      what does D.C. al fine mean                | []
      and D.S.?                                  | []
      # an interval named: the notes are its ends
      interval from C to E                       | []
      """)
  void readsNotesAsAChordOnlyWhenTheyNameOne(String question, String notes) {
    List<String> identified = QuestionReader.read(question).stream()
        .filter(q -> q instanceof TheoryQuery.IdentifyChord)
        .flatMap(q -> ((TheoryQuery.IdentifyChord) q).notes().stream().map(Object::toString))
        .toList();
    assertThat(identified.toString()).isEqualTo(notes);
  }
}
