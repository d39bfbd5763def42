package dev.cadenza.piano;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.ScaleType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every scale fingering against rules checked here, not by the tables: the thumb never on a black key,
 * each hand moving up by neighbouring fingers except where the thumb passes under (right hand, after 3 or
 * 4) or 3 or 4 crosses over the thumb (left hand), fingers 1-5 only, the little finger only at the ends.
 * (The chromatic scale uses 1, 2 and 3 only.) Then the published fingerings the issue names, and the chord
 * and arpeggio shapes.
 */
class FingeringRulesTest {

  private static final List<String> TONICS = List.of("C", "C#", "Db", "D", "D#", "Eb", "E", "F", "F#", "Gb", "G",
      "G#", "Ab", "A", "A#", "Bb", "B", "Cb");

  static Stream<Arguments> scales() {
    return TONICS.stream().flatMap(t -> Stream.of(ScaleType.MAJOR, ScaleType.NATURAL_MINOR, ScaleType.HARMONIC_MINOR,
        ScaleType.MELODIC_MINOR, ScaleType.CHROMATIC).map(type -> Arguments.of(t, type)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("scales")
  void scaleFingeringsKeepTheThumbOffBlackKeysAndCrossOnlyAtTheThumb(String tonic, ScaleType type) {
    Fingering fingering;
    try {
      fingering = PianoFingerings.scale(Note.parse(tonic), type);
    } catch (IllegalArgumentException theoretical) {
      return; // a key such as D# major needs double sharps in its signature; its notes are still spelled elsewhere
    }
    for (Fingering.Position position : fingering.positions()) {
      for (Fingering.Hand hand : position.hands()) {
        List<PianoKey> keys = hand.notes();
        boolean right = hand.hand().equals("right");
        for (int i = 0; i < keys.size(); i++) {
          PianoKey key = keys.get(i);
          assertThat(key.finger() == 1 && key.black()).as(hand.hand() + " thumb on black " + key.note()).isFalse();
          boolean end = right ? i == keys.size() - 1 : i == 0;
          assertThat(key.finger() == 5 && !end).as("little finger inside the scale at " + key.note()).isFalse();
          if (i + 1 < keys.size()) {
            int from = key.finger();
            int to = keys.get(i + 1).finger();
            boolean next = right ? to == from + 1 : to == from - 1;
            boolean crossing = right ? to == 1 && (from == 3 || from == 4) : from == 1 && (to == 3 || to == 4);
            // The chromatic scale walks with 1, 2 and 3 only: 3 on the black keys beside the thumb.
            boolean chromatic = type == ScaleType.CHROMATIC && from <= 3 && to <= 3 && from != to;
            assertThat(next || crossing || chromatic).as(hand.hand() + " " + key.note() + " " + from + " -> " + to).isTrue();
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}: RH {2}, LH {3}")
  @CsvSource({
      // The issue's examples and the fingerings every method book prints.
      "B, MAJOR, 12312345, 43214321",
      "F, MAJOR, 12341234, 54321321",
      "C, MAJOR, 12312345, 54321321",
      "F#, MAJOR, 23412312, 43213214",
      "Db, MAJOR, 23123412, 32143213",
      "Bb, MAJOR, 41231234, 32143213",
      "Eb, MAJOR, 31234123, 32143213",
      "Ab, MAJOR, 34123123, 32143213",
      "C#, HARMONIC_MINOR, 34123123, 32143213",
      "F#, HARMONIC_MINOR, 34123123, 43213214",
      "C#, MELODIC_MINOR, 23123412, 32143213",
      "Bb, HARMONIC_MINOR, 41231234, 21321432",
      "Eb, NATURAL_MINOR, 31234123, 21432132"})
  void printsThePublishedFingerings(String tonic, ScaleType type, String right, String left) {
    Fingering fingering = PianoFingerings.scale(Note.parse(tonic), type);
    assertThat(digits(fingering, "right")).isEqualTo(right);
    assertThat(digits(fingering, "left")).isEqualTo(left);
  }

  @ParameterizedTest(name = "{0}: RH {1}, LH {2}")
  @CsvSource({
      "C, 135, 531", "C/E, 125, 531", "C/G, 135, 521",
      "G7, 1235, 5321", "G7/B, 1245, 5321", "G7/D, 1235, 5321", "G7/F, 1235, 5421"})
  void blockChordsUseTheInversionShapes(String symbol, String right, String left) {
    Fingering fingering = PianoFingerings.chord(Chord.parse(symbol));
    assertThat(digits(fingering, "right")).isEqualTo(right);
    assertThat(digits(fingering, "left")).isEqualTo(left);
  }

  @ParameterizedTest(name = "{0} {1}: RH {2}, LH {3}")
  @CsvSource({"C, false, 1235, 5421", "Db, false, 2124, 2142", "Bb, true, 2312, 3213", "F#, false, 1235, 5321"})
  void arpeggiosKeepTheThumbOnWhiteKeysWhereTheyCan(String root, boolean minor, String right, String left) {
    Fingering fingering = PianoFingerings.arpeggio(Note.parse(root), minor);
    assertThat(digits(fingering, "right")).isEqualTo(right);
    assertThat(digits(fingering, "left")).isEqualTo(left);
  }

  @org.junit.jupiter.api.Test
  void listsEachHandBottomToTopWithBlackKeysMarked() {
    Fingering e = PianoFingerings.scale(Note.parse("E"), ScaleType.MAJOR);
    Fingering.Hand right = e.positions().getFirst().hands().getFirst();
    assertThat(right.notes()).extracting(PianoKey::note)
        .containsExactly("E4", "F#4", "G#4", "A4", "B4", "C#5", "D#5", "E5");
    assertThat(right.notes()).extracting(PianoKey::black)
        .containsExactly(false, true, true, false, false, true, true, false);
  }

  private static String digits(Fingering fingering, String hand) {
    return fingering.positions().getFirst().hands().stream().filter(h -> h.hand().equals(hand)).findFirst().orElseThrow()
        .fingers().stream().map(String::valueOf).reduce("", String::concat);
  }
}
