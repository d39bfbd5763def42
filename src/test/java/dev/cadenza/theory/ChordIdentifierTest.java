package dev.cadenza.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChordIdentifierTest {

  static Stream<Arguments> spelledChords() {
    return Stream.of(
        arguments("C E G A", "C6, Am7/C"), // ambiguous: root in the bass first
        arguments("A C E G", "Am7, C6/A"), // the same notes from A
        arguments("E G C", "C/E"), // first inversion
        arguments("C4 E4 G4 C5", "C"), // doubled root
        arguments("G4 E3 C4", "C/E"), // octaves decide the bass, not the order
        arguments("Bb C E G", "C7/Bb"), // third inversion
        arguments("C E G#", "Caug"), // augmented spelled with G#
        arguments("D# F## A# C## E# G# B#", "D#maj13, A#13/D#, E#m13/D#"), // a full 13th holds a whole mode
        arguments("B D# F# A C# G#", "B13 (no 11)"), // thirteenth without its 11th
        arguments("C E Bb", "C7 (no 5)"), // dominant seventh without its fifth
        arguments("E G Bb D# F#", "EdimMaj9"), // diminished-major ninth
        arguments("C Eb Gb Bbb", "Cdim7"), // spelled diminished seventh has one root
        arguments("F Ab Cb Ebb", "Fdim7"), // double-flat seventh
        arguments("D C E G", "Cadd9/D, D11 (no 3, no 5)"), // incomplete readings come later
        arguments("F# C E G", "C/F#")); // a foreign bass only when no reading holds the bass
  }

  @ParameterizedTest
  @MethodSource("spelledChords")
  void namesSpelledNotesWithThePreferredReadingFirst(String notes, String expected) {
    List<Note> parsed = Arrays.stream(notes.split(" ")).map(Note::parse).toList();
    assertThat(symbols(ChordIdentifier.identify(parsed))).isEqualTo(expected);
  }

  static Stream<Arguments> midiChords() {
    return Stream.of(
        arguments(List.of(60, 64, 67, 70), "C7"), // dominant seventh
        arguments(List.of(63, 67, 70), "Eb"), // Eb rather than D#
        arguments(List.of(66, 70, 73), "F#"), // F# and Gb tie: sharps
        arguments(List.of(61, 65, 68), "Db"), // Db rather than C#
        arguments(List.of(64, 67, 72), "C/E"), // first inversion from MIDI
        arguments(List.of(60, 64, 67, 69), "C6, Am7/C"), // ambiguous set
        arguments(List.of(60, 64, 68), "Caug, Abaug/C, Eaug/B#"), // symmetric augmented triad
        arguments(List.of(57, 60, 63, 66), "Adim7, Cdim7/Bbb, D#dim7/A, F#dim7/A")); // dim7 on C has Bbb
  }

  @ParameterizedTest
  @MethodSource("midiChords")
  void namesMidiNumbersSpellingEachReadingFromItsRoot(List<Integer> midi, String expected) {
    assertThat(symbols(ChordIdentifier.identifyMidi(midi))).isEqualTo(expected);
  }

  @Test
  void givesNoReadingForFewerThanThreeDistinctNotes() {
    assertThat(ChordIdentifier.identify(List.of(Note.parse("C"), Note.parse("E"), Note.parse("C5")))).isEmpty();
    assertThat(ChordIdentifier.identifyMidi(List.of(60, 72, 64))).isEmpty();
  }

  @Test
  void namesAReadingWithItsInversion() {
    ChordMatch match = ChordIdentifier.identify(List.of(Note.parse("G"), Note.parse("C"), Note.parse("E"))).get(0);
    assertThat(match.name()).isEqualTo("C major triad, second inversion");
    assertThat(match.chord().root()).hasToString("C");
    assertThat(match.complete()).isTrue();
  }

  private static String symbols(List<ChordMatch> matches) {
    return String.join(", ", matches.stream().map(ChordMatch::symbol).toList());
  }
}
