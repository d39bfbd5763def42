package dev.cadenza.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyTest {
  /** Circle positions checked for enharmonic pairs: up to eleven sharps or flats. */
  private static final int MAX = 11;

  static Stream<Arguments> signatures() {
    return Stream.of(
        arguments("C major", 0, ""), // no sharps or flats
        arguments("G major", 1, "F#"), // one sharp
        arguments("D major", 2, "F# C#"), // two sharps
        arguments("A major", 3, "F# C# G#"), // three sharps
        arguments("E major", 4, "F# C# G# D#"), // four sharps
        arguments("B major", 5, "F# C# G# D# A#"), // five sharps
        arguments("F# major", 6, "F# C# G# D# A# E#"), // six sharps
        arguments("C# major", 7, "F# C# G# D# A# E# B#"), // seven sharps
        arguments("F major", -1, "Bb"), // one flat
        arguments("Bb major", -2, "Bb Eb"), // two flats
        arguments("Eb major", -3, "Bb Eb Ab"), // three flats
        arguments("Ab major", -4, "Bb Eb Ab Db"), // four flats
        arguments("Db major", -5, "Bb Eb Ab Db Gb"), // five flats
        arguments("Gb major", -6, "Bb Eb Ab Db Gb Cb"), // six flats
        arguments("Cb major", -7, "Bb Eb Ab Db Gb Cb Fb"), // seven flats
        arguments("A minor", 0, ""), // relative of C major
        arguments("E minor", 1, "F#"), // relative of G major
        arguments("B minor", 2, "F# C#"), // relative of D major
        arguments("F# minor", 3, "F# C# G#"), // relative of A major
        arguments("C# minor", 4, "F# C# G# D#"), // relative of E major
        arguments("G# minor", 5, "F# C# G# D# A#"), // relative of B major
        arguments("D# minor", 6, "F# C# G# D# A# E#"), // relative of F# major
        arguments("A# minor", 7, "F# C# G# D# A# E# B#"), // relative of C# major
        arguments("D minor", -1, "Bb"), // relative of F major
        arguments("G minor", -2, "Bb Eb"), // relative of Bb major
        arguments("C minor", -3, "Bb Eb Ab"), // relative of Eb major
        arguments("F minor", -4, "Bb Eb Ab Db"), // relative of Ab major
        arguments("Bb minor", -5, "Bb Eb Ab Db Gb"), // relative of Db major
        arguments("Eb minor", -6, "Bb Eb Ab Db Gb Cb"), // relative of Gb major
        arguments("Ab minor", -7, "Bb Eb Ab Db Gb Cb Fb"), // relative of Cb major
        arguments("D# major", 9, "F## C## G# D# A# E# B#"), // theoretical: nine sharps
        arguments("G# major", 8, "F## C# G# D# A# E# B#"), // theoretical: eight sharps
        arguments("Fb major", -8, "Bbb Eb Ab Db Gb Cb Fb"), // theoretical: eight flats
        arguments("Db minor", -8, "Bbb Eb Ab Db Gb Cb Fb"), // theoretical minor: eight flats
        arguments("E# minor", 8, "F## C# G# D# A# E# B#")); // theoretical minor: relative of G# major
  }

  @ParameterizedTest
  @MethodSource("signatures")
  void computesEveryKeySignatureInOrder(String key, int fifths, String accidentals) {
    Key k = Key.parse(key);
    assertThat(k.fifths()).isEqualTo(fifths);
    assertThat(k.sharps()).isEqualTo(Math.max(fifths, 0));
    assertThat(k.flats()).isEqualTo(Math.max(-fifths, 0));
    assertThat(k.signature().stream().map(Note::toString).collect(Collectors.joining(" ")))
        .isEqualTo(accidentals);
    assertThat(k.isTheoretical()).isEqualTo(Math.abs(fifths) > 7);
  }

  @Test
  void givesEveryScaleNoteOfATheoreticalKeyTheSignatureAccidental() {
    Key dSharp = Key.major("D#");
    for (Note note : dSharp.scale().notes()) {
      int expected = dSharp.signature().stream().filter(s -> s.letter() == note.letter())
          .mapToInt(Note::accidental).findFirst().orElse(0);
      assertThat(note.accidental()).as(note.toString()).isEqualTo(expected);
    }
  }

  static Stream<Arguments> relatives() {
    return Stream.of(
        arguments("A major", "F# minor", "A minor"), // three sharps shared
        arguments("C major", "A minor", "C minor"), // no sharps or flats
        arguments("Eb major", "C minor", "Eb minor"), // three flats
        arguments("F# minor", "A major", "F# major"), // minor to major
        arguments("Bb minor", "Db major", "Bb major"), // five flats
        arguments("D# minor", "F# major", "D# major")); // six sharps
  }

  @ParameterizedTest
  @MethodSource("relatives")
  void findsRelativeAndParallelKeys(String key, String relative, String parallel) {
    assertThat(Key.parse(key).relative()).isEqualTo(Key.parse(relative));
    assertThat(Key.parse(key).parallel()).isEqualTo(Key.parse(parallel));
  }

  static Stream<Arguments> neighbours() {
    return Stream.of(
        arguments("C major", "G major", "F major"), // top of the circle
        arguments("F# major", "C# major", "B major"), // sharp side
        arguments("Bb minor", "F minor", "Eb minor"), // flat side minor
        arguments("C# major", "G# major", "F# major")); // the dominant of C# is theoretical
  }

  @ParameterizedTest
  @MethodSource("neighbours")
  void findsNeighboursOnTheCircleOfFifths(String key, String dominant, String subdominant) {
    assertThat(Key.parse(key).dominantKey()).isEqualTo(Key.parse(dominant));
    assertThat(Key.parse(key).subdominantKey()).isEqualTo(Key.parse(subdominant));
  }

  static Stream<Arguments> enharmonicKeys() {
    return Stream.of(
        arguments("D# major", "Eb major"), // theoretical to practical
        arguments("Fb major", "E major"), // theoretical flats to sharps
        arguments("C# major", "Db major"), // both practical
        arguments("Cb major", "B major"), // both practical
        arguments("F# major", "Gb major"), // six and six
        arguments("A# minor", "Bb minor"), // minor keys
        arguments("D# minor", "Eb minor")); // six and six
  }

  @ParameterizedTest
  @MethodSource("enharmonicKeys")
  void findsTheEnharmonicKeyWithTheSamePitches(String key, String enharmonic) {
    Key k = Key.parse(key);
    assertThat(k.enharmonic()).contains(Key.parse(enharmonic));
    assertThat(pitchClasses(k)).isEqualTo(pitchClasses(Key.parse(enharmonic)));
  }

  @Test
  void givesEveryEnharmonicPairTheSamePitchClassSet() {
    for (int fifths = -MAX; fifths <= MAX; fifths++) {
      Key major = Key.majorAtFifths(fifths);
      for (Key key : new Key[] {major, major.relative()}) {
        key.enharmonic().ifPresent(other -> assertThat(pitchClasses(other)).as(key.name())
            .isEqualTo(pitchClasses(key)));
      }
    }
  }

  @Test
  void hasNoEnharmonicForKeysFarFromTheEdgeOfTheCircle() {
    assertThat(Key.major("C").enharmonic()).isEmpty();
    assertThat(Key.major("G").enharmonic()).isEmpty();
  }

  static Stream<Arguments> keyParses() {
    return Stream.of(
        arguments("f# min", "F# minor"), // abbreviation, lower case
        arguments("E-flat major", "Eb major"), // words
        arguments("Am", "A minor"), // chord-style minor
        arguments("Bbm", "Bb minor"), // flat with chord-style minor
        arguments("D", "D major"), // no mode means major
        arguments("C♯ minor key", "C# minor")); // Unicode and the word key
  }

  @ParameterizedTest
  @MethodSource("keyParses")
  void parsesKeysAsPeopleWriteThem(String text, String name) {
    assertThat(Key.parse(text).name()).isEqualTo(name);
  }

  static Stream<Arguments> midiInKeys() {
    return Stream.of(
        arguments(70, "F major", "Bb4"), // diatonic flat
        arguments(66, "D major", "F#4"), // diatonic sharp
        arguments(60, "C# major", "B#3"), // B# keeps octave 3
        arguments(67, "G# minor", "F##4"), // raised seventh of G# minor
        arguments(63, "C major", "D#4"), // chromatic in C: sharps
        arguments(66, "Bb major", "Gb4")); // chromatic in a flat key: flats
  }

  @ParameterizedTest
  @MethodSource("midiInKeys")
  void spellsMidiNumbersAsTheKeyDoes(int midi, String key, String expected) {
    assertThat(Note.fromMidi(midi, Key.parse(key))).hasToString(expected);
  }

  @Test
  void refusesKeysThatNeedTripleAccidentals() {
    assertThatThrownBy(() -> Key.major("B##")).hasMessageContaining("triple accidentals");
    assertThatThrownBy(() -> Key.parse("H major")).hasMessageContaining("not a key");
  }

  private static java.util.Set<Integer> pitchClasses(Key key) {
    return key.scale().notes().stream().map(Note::pitchClass).collect(Collectors.toSet());
  }
}
