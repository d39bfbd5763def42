package dev.cadenza.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoteTest {

  static Stream<Arguments> spellings() {
    return Stream.of(
        arguments("C", "C"), // plain letter
        arguments("c#", "C#"), // lower-case letter
        arguments("Eb4", "Eb4"), // flat with octave
        arguments("F##", "F##"), // ASCII double sharp
        arguments("Fx", "F##"), // x is a double sharp
        arguments("F𝄪", "F##"), // Unicode double sharp
        arguments("B𝄫", "Bbb"), // Unicode double flat
        arguments("B♭3", "Bb3"), // Unicode flat
        arguments("G♯", "G#"), // Unicode sharp
        arguments("bb", "Bb"), // lower-case b with a flat
        arguments("Bbb", "Bbb"), // double flat
        arguments("E flat", "Eb"), // word
        arguments("F sharp", "F#"), // word
        arguments("B-flat", "Bb"), // hyphenated word
        arguments("G double sharp", "G##"), // two words
        arguments("A double-flat", "Abb"), // hyphenated double flat
        arguments("C-1", "C-1"), // lowest MIDI octave
        arguments("Cb4", "Cb4")); // flat note keeps the octave of its letter
  }

  @ParameterizedTest
  @MethodSource("spellings")
  void parsesEveryCommonSpellingAndPrintsAscii(String text, String printed) {
    assertThat(Note.parse(text).toString()).isEqualTo(printed);
  }

  static Stream<Arguments> midiNumbers() {
    return Stream.of(
        arguments("C4", 60), // middle C
        arguments("B#3", 60), // middle C spelled from B: octave follows the letter
        arguments("Cb4", 59), // B3 spelled from C
        arguments("Dbb4", 60), // middle C spelled from D
        arguments("A4", 69), // concert A
        arguments("C-1", 0), // lowest MIDI note
        arguments("G9", 127), // highest MIDI note
        arguments("E#4", 65), // F4 spelled from E
        arguments("B##3", 61)); // C#4 spelled from B
  }

  @ParameterizedTest
  @MethodSource("midiNumbers")
  void knowsTheMidiNumberOfASpelledPitch(String note, int midi) {
    assertThat(Note.parse(note).midi()).isEqualTo(midi);
  }

  static Stream<Arguments> midiSpellings() {
    return Stream.of(
        arguments(60, Spelling.SHARPS, "C4"), // white key needs no accidental
        arguments(61, Spelling.SHARPS, "C#4"), // black key with sharps
        arguments(61, Spelling.FLATS, "Db4"), // black key with flats
        arguments(70, Spelling.FLATS, "Bb4"), // B flat
        arguments(70, Spelling.SHARPS, "A#4"), // A sharp
        arguments(0, Spelling.FLATS, "C-1"), // lowest
        arguments(127, Spelling.SHARPS, "G9")); // highest
  }

  @ParameterizedTest
  @MethodSource("midiSpellings")
  void spellsAMidiNumberWithThePreferredAccidentals(int midi, Spelling spelling, String expected) {
    assertThat(Note.fromMidi(midi, spelling)).hasToString(expected);
  }

  @Test
  void spellsInTheKeyUnlessTheKeysSpellingLeavesTheOctaveRange() {
    Key cSharpMajor = Key.major("C#");
    assertThat(Note.fromMidi(12, cSharpMajor)).hasToString("B#-1"); // the key's spelling, one octave down
    assertThat(Note.fromMidi(0, cSharpMajor)).hasToString("C-1"); // B#-2 would be below the lowest octave
  }

  static Stream<Arguments> enharmonics() {
    return Stream.of(
        arguments("B#3", "C4", true), // same key on the piano
        arguments("B#", "C", true), // same pitch class
        arguments("B#4", "C4", false), // an octave apart
        arguments("F##", "G", true), // double sharp
        arguments("Ebb", "D", true), // double flat
        arguments("E#", "Fb", false)); // F and E are different keys
  }

  @ParameterizedTest
  @MethodSource("enharmonics")
  void recognisesEnharmonicEquivalents(String a, String b, boolean equivalent) {
    assertThat(Note.parse(a).isEnharmonicWith(Note.parse(b))).isEqualTo(equivalent);
  }

  static Stream<Arguments> transpositions() {
    return Stream.of(
        arguments("C", "M3", "E"), // plain third
        arguments("C#", "M3", "E#"), // spelled by letter, not F
        arguments("D#", "M3", "F##"), // double sharp, not G
        arguments("Bb3", "M2", "C4"), // crosses into the next octave at C
        arguments("B3", "A1", "B#3"), // B#3 stays in octave 3
        arguments("C4", "d2", "Dbb4"), // diminished second
        arguments("F#4", "d7", "Eb5"), // diminished seventh
        arguments("C4", "M13", "A5"), // compound thirteenth
        arguments("Cb4", "P8", "Cb5"), // octave keeps the spelling
        arguments("E", "A6", "C##")); // augmented sixth
  }

  @ParameterizedTest
  @MethodSource("transpositions")
  void transposesByLetterStepsSoTheSpellingIsRight(String from, String interval, String expected) {
    Note note = Note.parse(from);
    Interval by = Interval.parse(interval);
    assertThat(note.transpose(by)).hasToString(expected);
    assertThat(Note.parse(expected).transposeDown(by)).isEqualTo(note);
  }

  @Test
  void refusesTranspositionsThatNeedTripleAccidentals() {
    assertThatThrownBy(() -> Note.parse("B##").transpose(Interval.parse("M3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("triple accidental");
  }

  @Test
  void rejectsTripleAccidentalsAndBadText() {
    assertThatThrownBy(() -> Note.of(Letter.C, 3)).hasMessageContaining("must be -2..2");
    assertThatThrownBy(() -> Note.parse("H")).hasMessageContaining("not a note");
    assertThatThrownBy(() -> Note.parse("C").midi()).hasMessageContaining("no octave");
  }
}
