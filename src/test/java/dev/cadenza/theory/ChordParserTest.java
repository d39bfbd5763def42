package dev.cadenza.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChordParserTest {

  static Stream<Arguments> symbols() {
    return Stream.of(
        arguments("C", "C", "C E G"), // major triad
        arguments("Cm", "Cm", "C Eb G"), // minor triad
        arguments("C+", "Caug", "C E G#"), // plus sign
        arguments("Caug", "Caug", "C E G#"), // aug
        arguments("Cdim", "Cdim", "C Eb Gb"), // dim
        arguments("C°", "Cdim", "C Eb Gb"), // degree sign
        arguments("Cdim7", "Cdim7", "C Eb Gb Bbb"), // diminished seventh with Bbb
        arguments("C°7", "Cdim7", "C Eb Gb Bbb"), // degree sign seven
        arguments("Cm7b5", "Cm7b5", "C Eb Gb Bb"), // half-diminished
        arguments("Cø7", "Cm7b5", "C Eb Gb Bb"), // slashed o
        arguments("C7", "C7", "C E G Bb"), // dominant seventh
        arguments("Cmaj7", "Cmaj7", "C E G B"), // major seventh
        arguments("CΔ7", "Cmaj7", "C E G B"), // triangle
        arguments("CM7", "Cmaj7", "C E G B"), // capital M
        arguments("CmMaj7", "CmMaj7", "C Eb G B"), // minor-major seventh
        arguments("Cm(maj7)", "CmMaj7", "C Eb G B"), // parenthesised
        arguments("C6", "C6", "C E G A"), // added sixth
        arguments("Cm6", "Cm6", "C Eb G A"), // minor sixth has a major sixth
        arguments("C6/9", "C6/9", "C E G A D"), // six-nine, not a slash chord
        arguments("Csus2", "Csus2", "C D G"), // suspended second
        arguments("Csus4", "Csus4", "C F G"), // suspended fourth
        arguments("C7sus4", "C7sus4", "C F G Bb"), // suspended dominant
        arguments("Cadd9", "Cadd9", "C E G D"), // no seventh
        arguments("C9", "C9", "C E G Bb D"), // dominant ninth
        arguments("Cmaj9", "Cmaj9", "C E G B D"), // major ninth
        arguments("Cm9", "Cm9", "C Eb G Bb D"), // minor ninth
        arguments("C11", "C11", "C E G Bb D F"), // dominant eleventh, full stack
        arguments("Cm11", "Cm11", "C Eb G Bb D F"), // minor eleventh
        arguments("C13", "C13", "C E G Bb D F A"), // dominant thirteenth, full stack
        arguments("Cmaj13", "Cmaj13", "C E G B D F A"), // major thirteenth
        arguments("Cm13", "Cm13", "C Eb G Bb D F A"), // minor thirteenth
        arguments("C7b9", "C7b9", "C E G Bb Db"), // flat nine
        arguments("C7#9", "C7#9", "C E G Bb D#"), // sharp nine
        arguments("C7#11", "C7#11", "C E G Bb F#"), // sharp eleven
        arguments("C7b13", "C7b13", "C E G Bb Ab"), // flat thirteen
        arguments("C7b9#11", "C7b9#11", "C E G Bb Db F#"), // two alterations
        arguments("C7(#11,b9)", "C7b9#11", "C E G Bb Db F#"), // parenthesised, any order
        arguments("C7#9b13", "C7#9b13", "C E G Bb D# Ab"), // sharp nine flat thirteen
        arguments("C7alt", "C7alt", "C E Bb Db D# F# Ab"), // every altered tension, no fifth
        arguments("C/E", "C/E", "E G C"), // first inversion
        arguments("C/G", "C/G", "G C E"), // second inversion
        arguments("C/Bb", "C/Bb", "Bb C E G"), // bass outside the chord
        arguments("C7/Bb", "C7/Bb", "Bb C E G"), // third inversion
        arguments("D#maj13", "D#maj13", "D# F## A# C## E# G# B#"), // double sharps, never Eb
        arguments("F#m7b5", "F#m7b5", "F# A C E"), // half-diminished on F#
        arguments("Bbm", "Bbm", "Bb Db F"), // flat root
        arguments("Gbdim7", "Gbdim7", "Gb Bbb Dbb Fbb"), // two double flats
        arguments("E♭7", "Eb7", "Eb G Bb Db")); // Unicode flat
  }

  @ParameterizedTest
  @MethodSource("symbols")
  void readsChordSymbols(String text, String canonical, String notes) {
    Chord chord = Chord.parse(text);
    assertThat(chord.symbol()).isEqualTo(canonical);
    assertThat(spelled(chord.notes())).isEqualTo(notes);
  }

  static Stream<Arguments> names() {
    return Stream.of(
        arguments("D# major 13th", "D#maj13", "D# F## A# C## E# G# B#"), // ordinal digits
        arguments("D# major thirteenth", "D#maj13", "D# F## A# C## E# G# B#"), // ordinal word
        arguments("G dominant seventh", "G7", "G B D F"), // dominant seventh
        arguments("E half-diminished seventh", "Em7b5", "E G Bb D"), // hyphenated quality
        arguments("F# minor seventh", "F#m7", "F# A C# E"), // minor seventh
        arguments("Bb diminished triad", "Bbdim", "Bb Db Fb"), // Fb, not E
        arguments("A augmented", "Aaug", "A C# E#"), // E#, not F
        arguments("C-major seventh", "Cmaj7", "C E G B"), // dataset form
        arguments("E-diminished-major ninth", "EdimMaj9", "E G Bb D# F#"), // dim triad, major 7th and 9th
        arguments("F-minor-ninth", "Fm9", "F Ab C Eb G"), // all hyphens
        arguments("B flat major seventh", "Bbmaj7", "Bb D F A"), // root in words
        arguments("C sharp minor", "C#m", "C# E G#"), // root and quality in words
        arguments("A minor major seventh", "AmMaj7", "A C E G#"), // minor-major without hyphen
        arguments("D fully diminished seventh", "Ddim7", "D F Ab Cb"), // fully diminished
        arguments("G dominant 7th flat 9", "G7b9", "G B D F Ab"), // altered in words
        arguments("C six nine", "C6/9", "C E G A D"), // six-nine in words
        arguments("Eb suspended fourth", "Ebsus4", "Eb Ab Bb"), // suspended
        arguments("F major chord", "F", "F A C")); // trailing word chord
  }

  @ParameterizedTest
  @MethodSource("names")
  void readsChordNamesAsPeopleWriteThem(String text, String symbol, String notes) {
    Chord chord = Chord.parse(text);
    assertThat(chord.symbol()).isEqualTo(symbol);
    assertThat(spelled(chord.notes())).isEqualTo(notes);
  }

  static Stream<Arguments> pitches() {
    return Stream.of(
        arguments("D#maj13", 4, "D#4 F##4 A#4 C##5 E#5 G#5 B#5"), // stacked from D#4
        arguments("Cmaj7", 4, "C4 E4 G4 B4"), // default octave
        arguments("B#dim", 3, "B#3 D#4 F#4"), // B#3 is MIDI 60
        arguments("C/E", 4, "E4 G4 C5"), // inversion: bass in the octave, then close position
        arguments("C/Bb", 3, "Bb3 C4 E4 G4")); // added bass
  }

  @ParameterizedTest
  @MethodSource("pitches")
  void stacksPitchesUpwardFromTheLowestNote(String symbol, int octave, String expected) {
    assertThat(spelled(Chord.parse(symbol).pitches(octave))).isEqualTo(expected);
  }

  static Stream<Arguments> inversions() {
    return Stream.of(
        arguments("C", 0, "root position", "C major triad"), // no slash
        arguments("C/E", 1, "first inversion", "C major triad, first inversion"), // third in the bass
        arguments("C/G", 2, "second inversion", "C major triad, second inversion"), // fifth in the bass
        arguments("G7/F", 3, "third inversion", "G dominant 7th, third inversion"), // seventh in the bass
        arguments("C/Bb", -1, "with Bb in the bass", "C major triad over Bb"), // not a chord tone
        arguments("C/Fb", -1, "with Fb in the bass", "C major triad over Fb")); // E spelled as Fb is not E
  }

  @ParameterizedTest
  @MethodSource("inversions")
  void namesInversionsAndSlashBasses(String symbol, int inversion, String inversionName, String name) {
    Chord chord = Chord.parse(symbol);
    assertThat(chord.inversion()).isEqualTo(inversion);
    assertThat(chord.inversionName()).isEqualTo(inversionName);
    assertThat(chord.name()).isEqualTo(name);
  }

  @Test
  void listsTheEleventhOfAThirteenthChordAsCommonlyOmitted() {
    Chord chord = Chord.parse("D#maj13");
    assertThat(chord.commonlyOmitted()).first().hasToString("G#");
    assertThat(chord.type().convention()).get().asString().contains("11th is usually omitted");
    assertThat(chord.type().formula()).isEqualTo("1 3 5 7 9 11 13");
  }

  @Test
  void statesTheAlteredChordConvention() {
    assertThat(ChordType.ALTERED.convention()).get().asString().contains("b9, #9, #11");
  }

  @Test
  void describesChordTonesByInterval() {
    Chord chord = Chord.parse("Cmaj7");
    assertThat(chord.intervalOf(Note.parse("E4"))).contains(Interval.parse("M3"));
    assertThat(chord.intervalOf(Note.parse("Fb"))).isEmpty();
  }

  @Test
  void refusesTextThatIsNotAChord() {
    assertThatThrownBy(() -> Chord.parse("Cmaj8")).hasMessageContaining("not a chord");
    assertThatThrownBy(() -> Chord.parse("hello")).hasMessageContaining("not a chord");
    assertThatThrownBy(() -> Chord.parse("B##aug")).hasMessageContaining("triple accidental");
    assertThatThrownBy(() -> Chord.parse("Bb)")).hasMessageContaining("not a chord"); // closes an aside
    assertThatThrownBy(() -> Chord.parse("E) and seventh (A#)")).hasMessageContaining("not a chord");
    assertThatThrownBy(() -> Chord.parse("C7(b9")).hasMessageContaining("not a chord");
  }

  static String spelled(List<Note> notes) {
    return String.join(" ", notes.stream().map(Note::toString).toList());
  }
}
