package dev.cadenza.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScaleTest {

  static Stream<Arguments> scales() {
    return Stream.of(
        arguments("C major", "C D E F G A B"), // no accidentals
        arguments("E major", "E F# G# A B C# D#"), // four sharps
        arguments("C# major", "C# D# E# F# G# A# B#"), // seven sharps, E# and B#
        arguments("Cb major", "Cb Db Eb Fb Gb Ab Bb"), // seven flats
        arguments("D# major", "D# E# F## G# A# B# C##"), // theoretical: double sharps
        arguments("A natural minor", "A B C D E F G"), // relative of C major
        arguments("G# harmonic minor", "G# A# B C# D# E F##"), // raised seventh is F##, not G
        arguments("D melodic minor", "D E F G A B C#"), // ascending form
        arguments("D dorian", "D E F G A B C"), // white-key dorian
        arguments("E phrygian", "E F G A B C D"), // white-key phrygian
        arguments("B lydian", "B C# D# E# F# G# A#"), // raised fourth is E#
        arguments("G mixolydian", "G A B C D E F"), // white-key mixolydian
        arguments("B locrian", "B C D E F G A"), // white-key locrian
        arguments("F ionian", "F G A Bb C D E"), // ionian is major
        arguments("C aeolian", "C D Eb F G Ab Bb"), // aeolian is natural minor
        arguments("C major pentatonic", "C D E G A"), // five notes
        arguments("A minor pentatonic", "A C D E G"), // five notes
        arguments("C blues", "C Eb F F# G Bb"), // hexatonic blues with a raised fourth
        arguments("E blues scale", "E G A A# B D"), // the word "scale" is optional
        arguments("C whole tone", "C D E F# G# A#"), // six whole steps
        arguments("C octatonic half-whole", "C Db Eb E F# G A Bb"), // half step first
        arguments("C octatonic whole-half", "C D Eb F Gb Ab A B"), // whole step first
        arguments("C chromatic", "C Db D Eb E F F# G Ab A Bb B"), // harmonic chromatic spelling
        arguments("C harmonic major", "C D E F G Ab B"), // major with a flat sixth
        arguments("C dorian b2", "C Db Eb F G A Bb"), // melodic minor mode 2
        arguments("C lydian augmented", "C D E F# G# A B"), // melodic minor mode 3
        arguments("C lydian dominant", "C D E F# G A Bb"), // melodic minor mode 4
        arguments("C mixolydian b6", "C D E F G Ab Bb"), // melodic minor mode 5
        arguments("C locrian natural 2", "C D Eb F Gb Ab Bb"), // melodic minor mode 6
        arguments("C half-diminished", "C D Eb F Gb Ab Bb"), // same scale by another name
        arguments("C altered", "C Db Eb Fb Gb Ab Bb"), // melodic minor mode 7, one letter per degree
        arguments("G super-locrian", "G Ab Bb Cb Db Eb F"), // altered on the dominant of C
        arguments("Bb dorian ♭2", "Bb Cb Db Eb F G Ab"), // Unicode flat in the name
        arguments("E flat harmonic minor", "Eb F Gb Ab Bb Cb D")); // tonic in words
  }

  @ParameterizedTest
  @MethodSource("scales")
  void spellsEveryScaleFromItsTonic(String scale, String notes) {
    assertThat(String.join(" ", Scale.parse(scale).notes().stream().map(Note::toString).toList()))
        .isEqualTo(notes);
  }

  static Stream<Arguments> formulas() {
    return Stream.of(
        arguments(ScaleType.BLUES, "1 b3 4 #4 5 b7"), // hexatonic blues
        arguments(ScaleType.ALTERED, "1 b2 b3 b4 b5 b6 b7"), // every degree lowered but the tonic
        arguments(ScaleType.LYDIAN_DOMINANT, "1 2 3 #4 5 6 b7"), // raised fourth, flat seventh
        arguments(ScaleType.WHOLE_TONE, "1 2 3 #4 #5 #6")); // whole steps spelled with sharps
  }

  @ParameterizedTest
  @MethodSource("formulas")
  void describesScalesAsDegreeFormulas(ScaleType type, String formula) {
    assertThat(type.formula()).isEqualTo(formula);
  }

  @Test
  void namesTheDegreesOfAMajorScaleUpToTheLeadingTone() {
    assertThat(Scale.parse("C major").degreeNames()).containsExactly(
        "tonic", "supertonic", "mediant", "subdominant", "dominant", "submediant", "leading tone");
  }

  @Test
  void callsTheSeventhOfNaturalMinorTheSubtonic() {
    assertThat(Scale.parse("A minor").degreeNames()).last().isEqualTo("subtonic");
  }

  @Test
  void givesNoDegreeNamesToScalesThatAreNotHeptatonic() {
    assertThat(Scale.parse("C major pentatonic").degreeNames()).isEmpty();
  }

  @Test
  void statesConventionsWherePracticeVaries() {
    assertThat(ScaleType.MELODIC_MINOR.convention()).get().asString().contains("descending");
    assertThat(ScaleType.BLUES.convention()).get().asString().contains("1 b3 4 #4 5 b7");
    assertThat(ScaleType.MAJOR.convention()).isEmpty();
  }

  @Test
  void givesEveryHeptatonicScaleOneLetterPerDegree() {
    for (ScaleType type : ScaleType.values()) {
      if (type.isHeptatonic()) {
        assertThat(new Scale(Note.parse("Eb"), type).notes().stream().map(Note::letter).distinct())
            .as(type.displayName()).hasSize(7);
      }
    }
  }

  @Test
  void ascendsFromATonicWithAnOctave() {
    assertThat(Scale.parse("A4 major").notes().toString())
        .isEqualTo("[A4, B4, C#5, D5, E5, F#5, G#5]");
  }

  @Test
  void refusesScalesThatNeedTripleAccidentals() {
    assertThatThrownBy(() -> Scale.parse("B## lydian")).hasMessageContaining("triple accidental");
    assertThatThrownBy(() -> Scale.parse("C bebop")).hasMessageContaining("not a scale");
  }
}
