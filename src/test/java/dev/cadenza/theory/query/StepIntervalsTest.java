package dev.cadenza.theory.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Half and whole steps come in two spellings: a chromatic step keeps the letter (C-C#; C-Ebb is the odd one: a diminished third) and a diatonic
 * step moves to the next letter (C-Db, C-D). Both kinds of half step span one semitone; only the letters differ.
 */
class StepIntervalsTest {
  private static final TheoryQa QA = new TheoryQa();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // same letter, raised: C-C#
      "what is a chromatic half step | An augmented unison (A1) spans 1 semitone and 1 letter name; it inverts to a diminished octave (d8).",
      // the other word for it
      "how many semitones in a chromatic semitone | An augmented unison (A1) spans 1 semitone and 1 letter name; it inverts to a diminished octave (d8).",
      // next letter: C-Db
      "what is a diatonic half step | A minor second (m2) spans 1 semitone and 2 letter names; it inverts to a major seventh (M7).",
      // hyphenated
      "what is a diatonic half-step | A minor second (m2) spans 1 semitone and 2 letter names; it inverts to a major seventh (M7).",
      // an unqualified half step is spelled with two letters, as in a scale
      "what is a half step | A minor second (m2) spans 1 semitone and 2 letter names; it inverts to a major seventh (M7).",
      // two semitones over three letters: C-Ebb
      "how many semitones in a chromatic whole step | A diminished third (d3) spans 2 semitones and 3 letter names; it inverts to an augmented sixth (A6).",
      // two semitones over two letters: C-D
      "how many half steps in a diatonic whole step | A major second (M2) spans 2 semitones and 2 letter names; it inverts to a minor seventh (m7).",
  })
  void answersEachKindOfStepWithItsOwnInterval(String question, String expected) {
    assertThat(QA.answer(question).map(TheoryAnswer::answer)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a chromatic half step above C | C#", // the same letter
      "a diatonic half step above C | Db", // the next letter
      "a chromatic half step below E | Eb",
      "a diatonic whole step above E | F#",
  })
  void spellsTheNoteAStepAwayWithTheRightLetter(String question, String note) {
    assertThat(QA.answer("what is " + question).map(TheoryAnswer::answer).orElse(""))
        .endsWith(" is " + note + ".");
  }
}
