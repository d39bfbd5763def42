package dev.cadenza.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenShapeTest {
  @ParameterizedTest
  @CsvSource({
    "F#, NOTE", // sharp
    "Bb, NOTE", // flat
    "bbb, NOTE", // B double flat, typed in lower case
    "C##, NOTE", // double sharp
    "E4, NOTE", // with an octave number
    "G7, CHORD_SYMBOL", // 7 is an extension, not an octave
    "Cm7b5, CHORD_SYMBOL", // half-diminished
    "D#maj13, CHORD_SYMBOL", // extended major
    "Am, CHORD_SYMBOL", // upper-case root marks a minor triad
    "C/E, CHORD_SYMBOL", // slash chord
    "c#dim7, CHORD_SYMBOL", // lower case, marked by the sharp and digit
    "ii, ROMAN", // minor supertonic
    "V7, ROMAN", // dominant seventh
    "viiø7, ROMAN", // half-diminished leading-tone seventh
    "V/V, ROMAN", // secondary dominant
    "vii°7/ii, ROMAN", // secondary leading-tone seventh
    "bVI, ROMAN", // borrowed flat submediant
    "bvii, ROMAN", // borrowed flat subtonic, typed in lower case
    "N6, ROMAN", // Neapolitan sixth
    "It+6, ROMAN", // Italian augmented sixth
    "3, NUMBER", // digits
    "four, NUMBER", // number word
    "13th, ORDINAL", // numeric ordinal
  })
  void readsTheShapeOfATheoryToken(String token, TokenShape shape) {
    assertThat(TokenShape.of(token)).contains(shape);
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "i", "a", "am", "chord", "Do", "Go", "what's", "add", "Cadence"})
  void leavesOrdinaryWordsUnshaped(String word) {
    assertThat(TokenShape.of(word)).isEqualTo(Optional.empty());
  }
}
