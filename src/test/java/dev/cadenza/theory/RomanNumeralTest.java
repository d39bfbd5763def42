package dev.cadenza.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RomanNumeralTest {

  static Stream<Arguments> realisations() {
    return Stream.of(
        arguments("I", "C major", "C E G", "C"), // tonic triad
        arguments("ii", "C major", "D F A", "Dm"), // supertonic, lower case minor
        arguments("V7", "C major", "G B D F", "G7"), // dominant seventh
        arguments("V7", "Ab major", "Eb G Bb Db", "Eb7"), // flat key
        arguments("ii65", "C major", "F A C D", "Dm7/F"), // first inversion seventh
        arguments("viiø7", "C major", "B D F A", "Bm7b5"), // half-diminished in major
        arguments("vii°7", "C major", "B D F Ab", "Bdim7"), // fully diminished, b6 borrowed
        arguments("vii°7", "C minor", "B D F Ab", "Bdim7"), // raised leading tone in minor
        arguments("IV64", "C major", "C F A", "F/C"), // second inversion triad
        arguments("V42", "C major", "F G B D", "G7/F"), // third inversion seventh
        arguments("V43", "D major", "E G A C#", "A7/E"), // second inversion seventh
        arguments("I7", "C major", "C E G B", "Cmaj7"), // diatonic seventh on I is major
        arguments("V", "A minor", "E G# B", "E"), // harmonic-minor dominant
        arguments("VII", "A minor", "G B D", "G"), // subtonic triad from natural minor
        arguments("vii°", "G# minor", "F## A# C#", "F##dim"), // leading tone F##
        arguments("V/V", "G major", "A C# E", "A"), // secondary dominant
        arguments("V/V", "C major", "D F# A", "D"), // secondary dominant
        arguments("V7/IV", "C major", "C E G Bb", "C7"), // dominant of the subdominant
        arguments("vii°7/ii", "C major", "C# E G Bb", "C#dim7"), // leading-tone seventh of ii
        arguments("viiø7/V", "C major", "F# A C E", "F#m7b5"), // half-diminished of V
        arguments("V65/V", "C major", "F# A C D", "D7/F#"), // inverted secondary dominant
        arguments("bVI", "C major", "Ab C Eb", "Ab"), // borrowed from C minor
        arguments("bIII", "C major", "Eb G Bb", "Eb"), // borrowed from C minor
        arguments("bVII", "C major", "Bb D F", "Bb"), // borrowed from C minor
        arguments("iv", "C major", "F Ab C", "Fm"), // minor subdominant in major
        arguments("N6", "C minor", "F Ab Db", "Db/F"), // Neapolitan sixth
        arguments("bII6", "C minor", "F Ab Db", "Db/F"), // the same written as bII6
        arguments("N6", "E minor", "A C F", "F/A"), // Neapolitan in E minor
        arguments("It+6", "C minor", "Ab C F#", "It+6"), // Italian sixth
        arguments("Fr+6", "C minor", "Ab C D F#", "Fr+6"), // French sixth
        arguments("Ger+6", "C minor", "Ab C Eb F#", "Ger+6"), // German sixth
        arguments("Ger+6", "A minor", "F A C D#", "Ger+6"), // German sixth in A minor
        arguments("It+6", "C major", "Ab C F#", "It+6"), // the same notes in C major
        arguments("Cad64", "C major", "G C E", "C/G"), // cadential six-four over the dominant
        arguments("Cad64", "F minor", "C F Ab", "Fm/C"), // cadential six-four in minor
        arguments("V6/5", "F major", "E G Bb C", "C7/E"), // slashed figure
        arguments("♭VI", "Eb major", "Cb Eb Gb", "Cb")); // Unicode flat, Cb not B
  }

  @ParameterizedTest
  @MethodSource("realisations")
  void realisesNumeralsInAKey(String numeral, String key, String notes, String symbol) {
    RomanChord chord = RomanNumerals.realise(numeral, Key.parse(key));
    assertThat(String.join(" ", chord.notes().stream().map(Note::toString).toList())).isEqualTo(notes);
    assertThat(chord.symbol()).isEqualTo(symbol);
  }

  static Stream<Arguments> functions() {
    return Stream.of(
        arguments("V7", "C major", "dominant"), // dominant
        arguments("ii65", "C major", "predominant (supertonic)"), // predominant
        arguments("V/V", "C major", "secondary dominant of V (G major)"), // applied dominant
        arguments("vii°7/ii", "C major", "secondary leading-tone chord of ii (D minor)"), // applied leading tone
        arguments("bVI", "C major", "tonic substitute (submediant), borrowed from the parallel minor (mode mixture)"),
        arguments("iv", "C major", "predominant (subdominant), borrowed from the parallel minor (mode mixture)"),
        arguments("VII", "A minor", "subtonic (the dominant of the relative major)"), // natural minor VII
        arguments("bII6", "C major", "predominant: the Neapolitan, a major triad on the lowered second degree"));
  }

  @ParameterizedTest
  @MethodSource("functions")
  void describesHarmonicFunction(String numeral, String key, String function) {
    assertThat(RomanNumerals.realise(numeral, Key.parse(key)).function()).isEqualTo(function);
  }

  @Test
  void labelsTheCadentialSixFourAsDominantFunction() {
    assertThat(RomanNumerals.realise("Cad64", Key.major("C")).function()).startsWith("dominant");
  }

  static Stream<Arguments> analyses() {
    return Stream.of(
        arguments("G B D F", "C major", "V7"), // dominant seventh
        arguments("F A C D", "C major", "ii65"), // inverted supertonic seventh
        arguments("D F# A", "C major", "V/V, II"), // secondary dominant before chromatic II
        arguments("C# E G Bb", "C major", "vii°7/ii, #i°7"), // applied diminished seventh first
        arguments("Ab C Eb", "C major", "bVI"), // borrowed
        arguments("F Ab C", "C major", "iv"), // borrowed minor subdominant
        arguments("F Ab Db", "C minor", "N6, bII6"), // Neapolitan first
        arguments("Ab C Eb F#", "C minor", "Ger+6"), // German sixth
        arguments("Ab C D F#", "C minor", "Fr+6"), // French sixth
        arguments("Ab C F#", "C minor", "It+6"), // Italian sixth
        arguments("G C E", "C major", "I64, Cad64, V64/IV"), // tonic six-four, cadential, applied
        arguments("B D F Ab", "C minor", "vii°7"), // diatonic in minor
        arguments("B D F A", "C major", "viiø7"), // half-diminished seventh, never "of I"
        arguments("F G B D", "C major", "V42")); // third inversion
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void analysesChordsInAKeyWithTheUsualReadingFirst(String notes, String key, String expected) {
    List<Note> parsed = Arrays.stream(notes.split(" ")).map(Note::parse).toList();
    List<RomanChord> readings = RomanNumerals.analyse(parsed, Key.parse(key));
    assertThat(String.join(", ", readings.stream().map(RomanChord::numeral).toList())).isEqualTo(expected);
  }

  @Test
  void analysesAParsedChord() {
    assertThat(RomanNumerals.analyse(Chord.parse("Am"), Key.major("C")).get(0).numeral()).isEqualTo("vi");
  }

  static Stream<Arguments> diatonic() {
    return Stream.of(
        arguments("C major", false, "C E G|D F A|E G B|F A C|G B D|A C E|B D F"), // major triads
        arguments("A minor", false, "A C E|B D F|C E G|D F A|E G# B|F A C|G# B D"), // harmonic V and vii°
        arguments("C major", true, "C E G B|D F A C|E G B D|F A C E|G B D F|A C E G|B D F A"), // sevenths
        arguments("A minor", true, "A C E G|B D F A|C E G B|D F A C|E G# B D|F A C E|G# B D F")); // vii°7
  }

  @ParameterizedTest
  @MethodSource("diatonic")
  void listsTheDiatonicChordsOfAKey(String key, boolean sevenths, String expected) {
    Key k = Key.parse(key);
    List<RomanChord> chords = sevenths ? RomanNumerals.diatonicSevenths(k) : RomanNumerals.diatonicTriads(k);
    assertThat(String.join("|", chords.stream()
        .map(c -> String.join(" ", c.notes().stream().map(Note::toString).toList())).toList())).isEqualTo(expected);
  }

  @Test
  void refusesToToniciseADiminishedTriad() {
    assertThatThrownBy(() -> RomanNumerals.realise("V/vii°", Key.major("C")))
        .hasMessageContaining("cannot be tonicised");
    assertThatThrownBy(() -> RomanNumerals.realise("IX", Key.major("C")))
        .hasMessageContaining("not a Roman numeral");
  }
}
