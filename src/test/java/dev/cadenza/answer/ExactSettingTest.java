package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactSettingTest {

  private static final TheoryQa QA = new TheoryQa();

  @ParameterizedTest(name = "{0} -> only the setting: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # a key or note named as the setting of an open question: its spelling is no answer
      what r doubly chromatic mediants? give an example from C major | true
      jazz blues in F, whats the chord in bar 6 and what does it do   | true
      # the notes are asked for, the question is short, or a premise is corrected: the spelling stays
      what notes are in the E major scale                             | false
      C major?                                                        | false
      spell a D# major 13th chord                                     | false
      why is the raised 7th of G# harmonic minor written F## and not G | false
      # the key a transposing instrument's part is written in is computed: it is the answer
      concert E major for alto sax, what key do i write the part in   | false
      """)
  void aSpellingOfWhatAnOpenQuestionOnlyNamesAsItsSettingIsLeftOut(String question, boolean setting) {
    TheoryAnswer exact = QA.answer(question).orElseThrow();
    assertThat(AskService.onlyTheSetting(exact, question)).as(exact.answer()).isEqualTo(setting);
  }

  @ParameterizedTest(name = "{0} (term {1}) -> part of the term: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # one word of a longer term read as a scale degree
      what actually makes a chromatic mediant chromatic, like C major going to E major | chromatic mediant | true
      # the answer says the whole term, or the question names no longer term
      what is the leading tone of F# major        | leading tone  | false
      whats the relative minor of G major         | relative minor | false
      what is the mediant of E major              | ''            | false
      # a chord spelling names its chord its own way
      spell a D# major 13th chord                 | thirteenth chord | false
      """)
  void aScaleOrKeyAnswerToOneWordOfALongerTermIsLeftOut(String question, String term, boolean part) {
    TheoryAnswer exact = QA.answer(question).orElseThrow();
    assertThat(AskService.partOfATerm(exact, term)).as(exact.answer()).isEqualTo(part);
  }
}
