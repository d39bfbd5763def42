package dev.cadenza.theory;

import static dev.cadenza.theory.ChordType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chord type on all 35 roots from Cbb to B##, parsed from its symbol and from its name, checked
 * against an independent construction: the root's major scale built from whole and half steps, then
 * scale degrees altered by flats and sharps.
 */
class ChordSpellingTest {
  private static final int[] MAJOR_STEPS = {0, 2, 4, 5, 7, 9, 11};
  private static final Map<ChordType, String> DEGREES = new EnumMap<>(ChordType.class);

  static {
    DEGREES.put(MAJOR, "1 3 5"); // major triad
    DEGREES.put(MINOR, "1 b3 5"); // minor triad
    DEGREES.put(AUGMENTED, "1 3 #5"); // augmented triad
    DEGREES.put(DIMINISHED, "1 b3 b5"); // diminished triad
    DEGREES.put(SUSPENDED_SECOND, "1 2 5"); // sus2
    DEGREES.put(SUSPENDED_FOURTH, "1 4 5"); // sus4
    DEGREES.put(MAJOR_SIXTH, "1 3 5 6"); // 6
    DEGREES.put(MINOR_SIXTH, "1 b3 5 6"); // m6 has a major sixth
    DEGREES.put(SIX_NINE, "1 3 5 6 9"); // 6/9
    DEGREES.put(ADDED_NINTH, "1 3 5 9"); // add9 has no seventh
    DEGREES.put(MINOR_ADDED_NINTH, "1 b3 5 9"); // madd9
    DEGREES.put(ADDED_ELEVENTH, "1 3 5 11"); // add11 has no seventh or ninth
    DEGREES.put(MINOR_ADDED_ELEVENTH, "1 b3 5 11"); // madd11
    DEGREES.put(DOMINANT_SEVENTH, "1 3 5 b7"); // 7
    DEGREES.put(MAJOR_SEVENTH, "1 3 5 7"); // maj7
    DEGREES.put(MINOR_SEVENTH, "1 b3 5 b7"); // m7
    DEGREES.put(MINOR_MAJOR_SEVENTH, "1 b3 5 7"); // mMaj7
    DEGREES.put(HALF_DIMINISHED_SEVENTH, "1 b3 b5 b7"); // m7b5
    DEGREES.put(DIMINISHED_SEVENTH, "1 b3 b5 bb7"); // dim7: double-flat seventh
    DEGREES.put(DIMINISHED_MAJOR_SEVENTH, "1 b3 b5 7"); // dimMaj7
    DEGREES.put(AUGMENTED_SEVENTH, "1 3 #5 b7"); // aug7
    DEGREES.put(AUGMENTED_MAJOR_SEVENTH, "1 3 #5 7"); // augMaj7
    DEGREES.put(DOMINANT_SEVENTH_FLAT_FIVE, "1 3 b5 b7"); // 7b5
    DEGREES.put(DOMINANT_SEVENTH_SUSPENDED_FOURTH, "1 4 5 b7"); // 7sus4
    DEGREES.put(DOMINANT_NINTH, "1 3 5 b7 9"); // 9
    DEGREES.put(MAJOR_NINTH, "1 3 5 7 9"); // maj9
    DEGREES.put(MINOR_NINTH, "1 b3 5 b7 9"); // m9
    DEGREES.put(MINOR_MAJOR_NINTH, "1 b3 5 7 9"); // mMaj9
    DEGREES.put(DIMINISHED_MAJOR_NINTH, "1 b3 b5 7 9"); // dimMaj9
    DEGREES.put(HALF_DIMINISHED_NINTH, "1 b3 b5 b7 9"); // m9b5
    DEGREES.put(DOMINANT_ELEVENTH, "1 3 5 b7 9 11"); // 11
    DEGREES.put(MAJOR_ELEVENTH, "1 3 5 7 9 11"); // maj11
    DEGREES.put(MINOR_ELEVENTH, "1 b3 5 b7 9 11"); // m11
    DEGREES.put(DOMINANT_THIRTEENTH, "1 3 5 b7 9 11 13"); // 13
    DEGREES.put(MAJOR_THIRTEENTH, "1 3 5 7 9 11 13"); // maj13
    DEGREES.put(MINOR_THIRTEENTH, "1 b3 5 b7 9 11 13"); // m13
    DEGREES.put(DOMINANT_SEVENTH_FLAT_NINTH, "1 3 5 b7 b9"); // 7b9
    DEGREES.put(DOMINANT_SEVENTH_SHARP_NINTH, "1 3 5 b7 #9"); // 7#9
    DEGREES.put(DOMINANT_SEVENTH_SHARP_ELEVENTH, "1 3 5 b7 #11"); // 7#11
    DEGREES.put(DOMINANT_SEVENTH_FLAT_THIRTEENTH, "1 3 5 b7 b13"); // 7b13
    DEGREES.put(DOMINANT_SEVENTH_FLAT_NINTH_SHARP_ELEVENTH, "1 3 5 b7 b9 #11"); // 7b9#11
    DEGREES.put(DOMINANT_SEVENTH_SHARP_NINTH_SHARP_ELEVENTH, "1 3 5 b7 #9 #11"); // 7#9#11
    DEGREES.put(DOMINANT_SEVENTH_FLAT_NINTH_FLAT_THIRTEENTH, "1 3 5 b7 b9 b13"); // 7b9b13
    DEGREES.put(DOMINANT_SEVENTH_SHARP_NINTH_FLAT_THIRTEENTH, "1 3 5 b7 #9 b13"); // 7#9b13
    DEGREES.put(DOMINANT_SEVENTH_FLAT_NINTH_SHARP_NINTH, "1 3 5 b7 b9 #9"); // 7b9#9
    DEGREES.put(DOMINANT_NINTH_SHARP_ELEVENTH, "1 3 5 b7 9 #11"); // 9#11
    DEGREES.put(DOMINANT_THIRTEENTH_FLAT_NINTH, "1 3 5 b7 b9 11 13"); // 13b9
    DEGREES.put(DOMINANT_THIRTEENTH_SHARP_ELEVENTH, "1 3 5 b7 9 #11 13"); // 13#11
    DEGREES.put(MAJOR_SEVENTH_SHARP_ELEVENTH, "1 3 5 7 #11"); // maj7#11
    DEGREES.put(ALTERED, "1 3 b7 b9 #9 #11 b13"); // 7alt, no natural fifth
  }

  static Stream<Arguments> everyTypeOnEveryRoot() {
    List<Arguments> cases = new ArrayList<>();
    for (ChordType type : ChordType.values()) {
      for (Letter letter : Letter.values()) {
        for (int accidental = -2; accidental <= 2; accidental++) {
          cases.add(Arguments.of(Note.of(letter, accidental), type));
        }
      }
    }
    return cases.stream();
  }

  @Test
  void coversEveryChordType() {
    assertThat(DEGREES.keySet()).containsExactlyInAnyOrder(ChordType.values());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTypeOnEveryRoot")
  void spellsEveryTypeOnEveryRootAsScaleDegreesDo(Note root, ChordType type) {
    Optional<List<Note>> expected = fromScaleDegrees(root, DEGREES.get(type));
    String symbol = root + type.symbol();
    String name = root + " " + type.displayName();
    if (expected.isEmpty()) {
      assertThatThrownBy(() -> Chord.parse(symbol)).hasMessageContaining("triple accidental");
      assertThatThrownBy(() -> Chord.parse(name)).hasMessageContaining("triple accidental");
      return;
    }
    assertThat(Chord.parse(symbol).tones()).as(symbol).isEqualTo(expected.get());
    assertThat(Chord.parse(name).tones()).as(name).isEqualTo(expected.get());
    assertThat(Chord.parse(symbol).symbol()).isEqualTo(symbol);
    assertThat(Chord.parse(symbol).name()).isEqualTo(name);
    assertThat(Chord.parse(symbol).type().formula()).isEqualTo(DEGREES.get(type));
  }

  /** Degree n of the root's major scale, counted in whole and half steps, then altered: "b7", "#11". */
  private static Optional<List<Note>> fromScaleDegrees(Note root, String degrees) {
    List<Note> notes = new ArrayList<>();
    for (String degree : degrees.split(" ")) {
      String digits = degree.replaceAll("[b#]", "");
      int alteration = degree.length() - degree.replace("#", "").length()
          - (degree.length() - degree.replace("b", "").length());
      int index = (Integer.parseInt(digits) - 1) % 7;
      Letter letter = Letter.values()[(root.letter().ordinal() + index) % 7];
      int pitchClass = root.pitchClass() + MAJOR_STEPS[index] + alteration;
      int accidental = Math.floorMod(pitchClass - letter.pitchClass() + 6, 12) - 6;
      if (Math.abs(accidental) > 2) {
        return Optional.empty();
      }
      notes.add(Note.of(letter, accidental));
    }
    return Optional.of(notes);
  }
}
