package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanNumerals;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadencesTest {

  @ParameterizedTest(name = "{1} to {2} in {0}: {3}")
  @CsvSource(delimiter = ';', value = {
      "G major; V7; I; an authentic cadence", // dominant seventh to tonic, root position
      "Eb major; V; I; an authentic cadence", // triad to tonic
      "B minor; V7; i; an authentic cadence", // minor tonic
      "F major; V65; I; an imperfect authentic cadence", // inverted dominant
      "F major; V; I6; an imperfect authentic cadence", // inverted tonic
      "C major; V; vi; a deceptive cadence", // dominant to submediant
      "A minor; V7; VI; a deceptive cadence", // minor-key submediant
      "C major; IV; I; a plagal cadence", // subdominant to tonic
      "C major; iv; I; a plagal cadence", // borrowed minor subdominant
      "C major; ii6; V; a half cadence", // predominant to dominant
      "D major; I64; V; a half cadence", // cadential six-four
      "C major; V/V; V; a half cadence", // secondary dominant to dominant
      "A minor; iv6; V; a Phrygian half cadence", // bass falls a half step
  })
  void namesTheCadenceFromTheRomanNumerals(String key, String penultimate, String last, String cadence) {
    Key k = Key.parse(key);

    Optional<String> explained =
        Cadences.explain(RomanNumerals.realise(penultimate, k), RomanNumerals.realise(last, k));

    assertThat(explained).hasValueSatisfying(text -> assertThat(text).startsWith(cadence + ":"));
  }

  @ParameterizedTest(name = "{1} to {2} in {0}")
  @CsvSource(delimiter = ';', value = {
      "C major; I; IV", // tonic to subdominant ends nothing
      "C major; ii; vi", // no dominant or tonic
      "C major; V; V7", // dominant prolonged
  })
  void otherEndingsAreNoCadence(String key, String penultimate, String last) {
    Key k = Key.parse(key);

    assertThat(Cadences.explain(RomanNumerals.realise(penultimate, k), RomanNumerals.realise(last, k))).isEmpty();
  }

  @Test
  void thePhrygianHalfCadenceNamesTheBassFallingAHalfStep() {
    Key aMinor = Key.parse("A minor");

    assertThat(Cadences.explain(RomanNumerals.realise("iv6", aMinor), RomanNumerals.realise("V", aMinor)))
        .hasValueSatisfying(text -> assertThat(text).endsWith("F to E."));
  }
}
