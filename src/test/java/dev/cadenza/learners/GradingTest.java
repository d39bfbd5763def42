package dev.cadenza.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers graded by the engine, and what wrong ones reveal; one row per case. */
class GradingTest {
  private final Exercises exercises = new Exercises();

  @ParameterizedTest(name = "{0} <- ''{1}''")
  @CsvSource(delimiter = '|', value = {
      // Double sharps written three ways are one answer.
      "chord-spelling:D#:MAJOR_SEVENTH | D# F## A# C##",
      "chord-spelling:D#:MAJOR_SEVENTH | D# Fx A# Cx",
      "chord-spelling:D#:MAJOR_SEVENTH | D#, F𝄪, A#, C𝄪",
      "chord-spelling:D#:MAJOR_SEVENTH | C## A# F## D#",         // a chord's tones in any order
      "scale-spelling:E:HARMONIC_MINOR | E F# G A B C D# E",      // the octave on top is allowed
      "interval:F4:A4 | augmented fourth",
      "interval:F4:A4 | aug 4th",
      "key-signature:A minor | none",
      "relative-key:Eb major | C minor",
      "relative-key:Eb major | Cm",
      "roman-numeral:name:A minor:V7 | V7",
      "inversion:F major:V65 | V6/5",
      "chord-identification:E:DOMINANT_SEVENTH | E7",
      "cadence:G major:DECEPTIVE:V7-vi | interrupted cadence",
      "cadence:G major:AUTHENTIC:V-I | PAC",
      "ear-interval:F4:A4 | d5",                                    // by ear a tritone is a tritone
      "ear-interval:C4:m6 | minor sixth",
      "ear-chord:D:MINOR | minor",
      "ear-chord:D:DOMINANT_SEVENTH | dominant 7th",
      "ear-chord:D:DOMINANT_SEVENTH | 7",
      "ear-chord:Eb:MAJOR_SEVENTH | maj7",
      "ear-cadence:D major:AUTHENTIC | perfect authentic",
      "ear-cadence:A minor:DECEPTIVE | interrupted cadence",
      "ear-cadence:F major:HALF | Half"})
  void acceptsEveryEquivalentWritingOfTheAnswer(String key, String answer) {
    assertThat(exercises.rebuild(key).grade(answer).correct()).isTrue();
  }

  @ParameterizedTest(name = "{0} <- ''{1}'' is {2}")
  @CsvSource(delimiter = '|', value = {
      "chord-spelling:D#:MAJOR_SEVENTH | D# G A# C##       | LETTER_NAME",     // G sounds like F## but is not it
      "chord-spelling:C#:MAJOR         | C# F G#           | LETTER_NAME",     // F for E#
      "chord-spelling:F#:MAJOR         | Gb A# C#          | ENHARMONIC",
      "chord-spelling:A:MINOR          | A C# E            | THIRD_QUALITY",
      "scale-spelling:D:NATURAL_MINOR  | D E F# G A Bb C   | THIRD_QUALITY",
      "interval:C4:m3                  | M3                | THIRD_QUALITY",
      "interval:F4:A4                  | d5                | ENHARMONIC",
      "chord-identification:A:MINOR    | A                 | THIRD_QUALITY",
      "key-signature:A major           | G# F# C#          | SIGNATURE_ORDER",
      "relative-key:C major            | C minor           | PARALLEL_FOR_RELATIVE",
      "roman-numeral:name:A minor:V    | v                 | NUMERAL_CASE",
      "roman-numeral:name:C major:iii  | III               | NUMERAL_CASE",
      "inversion:F major:V65           | V43               | INVERSION_MIXUP",
      "inversion:D minor:i6            | i64               | INVERSION_MIXUP",
      "ear-interval:C4:M3              | m3                | THIRD_QUALITY",
      "ear-chord:G:MAJOR               | minor             | THIRD_QUALITY"})
  void namesTheMisconceptionAWrongAnswerReveals(String key, String answer, Misconception expected) {
    Grade grade = exercises.rebuild(key).grade(answer);
    assertThat(grade.correct()).isFalse();
    assertThat(grade.misconception()).contains(expected);
  }

  @ParameterizedTest(name = "{0} <- ''{1}''")
  @CsvSource(delimiter = '|', value = {
      "chord-spelling:C:MAJOR | C E A",
      "interval:C4:M3 | P5",
      "cadence:G major:HALF:I-V | plagal",
      "ear-cadence:E minor:PLAGAL | authentic"})
  void aPlainMistakeIsWrongWithoutAMisconception(String key, String answer) {
    assertThat(exercises.rebuild(key).grade(answer)).isEqualTo(new Grade(false, Optional.empty()));
  }

  @ParameterizedTest(name = "{0} <- ''{1}''")
  @CsvSource(delimiter = '|', value = {
      "chord-spelling:C:MAJOR | C E H",
      "interval:C4:M3 | a big one",
      "relative-key:C major | the sad one",
      "roman-numeral:name:C major:V | five",
      "cadence:G major:HALF:I-V | a nice one",
      "key-signature:D major | sharps",
      "ear-cadence:D major:PLAGAL | a sad one"})
  void refusesAnswersOfTheWrongKind(String key, String answer) {
    assertThatThrownBy(() -> exercises.rebuild(key).grade(answer)).isInstanceOf(MalformedAnswerException.class);
  }

  @ParameterizedTest
  @CsvSource({"interval:C4", "nonsense:C4:M3", "interval:C4:M3:extra", "cadence:G major:PLAGAL:V-I",
      "ear-cadence:A minor:PHRYGIAN_HALF"})
  void refusesKeysNoKindMade(String key) {
    assertThatThrownBy(() -> exercises.rebuild(key)).isInstanceOf(IllegalArgumentException.class);
  }
}
