package dev.cadenza.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntervalTest {

  static Stream<Arguments> intervalsBetweenNotes() {
    return Stream.of(
        arguments("C", "E", "M3"), // major third
        arguments("C", "G", "P5"), // perfect fifth
        arguments("F#", "Eb", "d7"), // F# up to Eb spans seven letters
        arguments("Eb", "F#", "A2"), // and the other way is an augmented second
        arguments("C", "Cb", "d8"), // ascending to a lower-sounding C is a diminished octave
        arguments("C", "C#", "A1"), // augmented unison
        arguments("B", "F", "d5"), // the diatonic tritone from B
        arguments("F", "B", "A4"), // the diatonic tritone from F
        arguments("Ab", "F#", "A6"), // augmented sixth
        arguments("C4", "E5", "M10"), // compound third with octaves
        arguments("C4", "G5", "P12"), // perfect twelfth
        arguments("C4", "C6", "P15"), // double octave
        arguments("C4", "D5", "M9"), // major ninth
        arguments("B3", "C4", "m2"), // octaves given: B3 is just below C4
        arguments("E4", "E4", "P1"), // perfect unison
        arguments("Dbb", "C#", "AA7")); // doubly augmented seventh
  }

  @ParameterizedTest
  @MethodSource("intervalsBetweenNotes")
  void measuresTheAscendingIntervalBetweenSpelledNotes(String lower, String upper, String expected) {
    assertThat(Interval.between(Note.parse(lower), Note.parse(upper)).shortName()).isEqualTo(expected);
  }

  static Stream<Arguments> namesAndSemitones() {
    return Stream.of(
        arguments("P1", "perfect unison", "perfect 1st", 0), // unison
        arguments("m2", "minor second", "minor 2nd", 1), // half step
        arguments("M3", "major third", "major 3rd", 4), // major third
        arguments("A4", "augmented fourth", "augmented 4th", 6), // tritone as a fourth
        arguments("d5", "diminished fifth", "diminished 5th", 6), // tritone as a fifth
        arguments("A6", "augmented sixth", "augmented 6th", 10), // augmented sixth
        arguments("d7", "diminished seventh", "diminished 7th", 9), // diminished seventh
        arguments("P8", "perfect octave", "perfect 8th", 12), // octave
        arguments("m9", "minor ninth", "minor 9th", 13), // flat nine
        arguments("A11", "augmented eleventh", "augmented 11th", 18), // sharp eleven
        arguments("P12", "perfect twelfth", "perfect 12th", 19), // twelfth
        arguments("M13", "major thirteenth", "major 13th", 21), // thirteenth
        arguments("P15", "perfect fifteenth", "perfect 15th", 24), // double octave
        arguments("dd5", "doubly diminished fifth", "doubly diminished 5th", 5), // doubly diminished
        arguments("AA4", "doubly augmented fourth", "doubly augmented 4th", 7)); // doubly augmented
  }

  @ParameterizedTest
  @MethodSource("namesAndSemitones")
  void namesIntervalsInWordsAndShortFormsAndCountsSemitones(
      String shortName, String name, String ordinalName, int semitones) {
    Interval interval = Interval.parse(shortName);
    assertThat(interval.name()).isEqualTo(name);
    assertThat(interval.ordinalName()).isEqualTo(ordinalName);
    assertThat(interval.semitones()).isEqualTo(semitones);
    assertThat(Interval.parse(name)).isEqualTo(interval);
    assertThat(Interval.parse(ordinalName)).isEqualTo(interval);
  }

  static Stream<Arguments> inversions() {
    return Stream.of(
        arguments("M3", "m6"), // major becomes minor
        arguments("P4", "P5"), // perfect stays perfect
        arguments("A4", "d5"), // augmented becomes diminished
        arguments("P1", "P8"), // unison and octave
        arguments("M10", "m6"), // compound intervals are reduced first
        arguments("AA2", "dd7")); // doubly augmented becomes doubly diminished
  }

  @ParameterizedTest
  @MethodSource("inversions")
  void invertsIntervals(String interval, String inversion) {
    assertThat(Interval.parse(interval).inversion()).isEqualTo(Interval.parse(inversion));
  }

  static Stream<Arguments> looseNames() {
    return Stream.of(
        arguments("maj 3rd", "M3"), // abbreviated quality
        arguments("min. 7th", "m7"), // abbreviation with a dot
        arguments("aug 4", "A4"), // bare number
        arguments("dim fifth", "d5"), // abbreviated diminished
        arguments("octave", "P8"), // octave alone
        arguments("double octave", "P15"), // two octaves
        arguments("Perfect Twelfth", "P12")); // capitals
  }

  @ParameterizedTest
  @MethodSource("looseNames")
  void parsesLooseIntervalNames(String text, String shortName) {
    assertThat(Interval.parse(text).shortName()).isEqualTo(shortName);
  }

  static Stream<Arguments> degreeLabels() {
    return Stream.of(
        arguments("M3", "3"), // major scale degree
        arguments("m3", "b3"), // flat three
        arguments("A11", "#11"), // sharp eleven
        arguments("d7", "bb7"), // double flat seven
        arguments("d5", "b5")); // flat five
  }

  @ParameterizedTest
  @MethodSource("degreeLabels")
  void labelsIntervalsAsScaleDegrees(String interval, String label) {
    assertThat(Interval.parse(interval).degreeLabel()).isEqualTo(label);
  }

  @Test
  void rejectsQualitiesThatDoNotExistForTheNumber() {
    assertThatThrownBy(() -> Interval.parse("P3")).hasMessageContaining("not an interval");
    assertThatThrownBy(() -> Interval.of(Quality.MAJOR, 5)).hasMessageContaining("it is perfect");
    assertThatThrownBy(() -> Interval.of(Quality.PERFECT, 23)).hasMessageContaining("must be 1..22");
  }

  @Test
  void refusesADescendingPairWithOctaves() {
    assertThatThrownBy(() -> Interval.between(Note.parse("E5"), Note.parse("C4")))
        .hasMessageContaining("give the lower note first");
  }
}
