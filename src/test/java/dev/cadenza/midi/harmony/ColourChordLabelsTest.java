package dev.cadenza.midi.harmony;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.midi.ChordLabel;
import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.MidiNote;
import dev.cadenza.midi.MidiPart;
import dev.cadenza.midi.MidiSong;
import dev.cadenza.midi.MidiWriter;
import dev.cadenza.midi.key.Tonality;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sus, sixth and ninth chords, each built here from a voicing in semitones (not from the analyser's own
 * vocabulary), transposed through all twelve roots and checked against the theory engine's spelling.
 */
class ColourChordLabelsTest {

  /** Close voicings above the root, written out by hand: the ninth an octave and a step up. */
  private static final Map<ChordType, int[]> VOICINGS = Map.of(
      ChordType.SUSPENDED_SECOND, new int[] {0, 2, 7},
      ChordType.SUSPENDED_FOURTH, new int[] {0, 5, 7},
      ChordType.DOMINANT_SEVENTH_SUSPENDED_FOURTH, new int[] {0, 5, 7, 10},
      ChordType.MAJOR_SIXTH, new int[] {0, 4, 7, 9},
      ChordType.MINOR_SIXTH, new int[] {0, 3, 7, 9},
      ChordType.ADDED_NINTH, new int[] {0, 4, 7, 14},
      ChordType.SIX_NINE, new int[] {0, 4, 7, 9, 14},
      ChordType.DOMINANT_NINTH, new int[] {0, 4, 7, 10, 14},
      ChordType.MAJOR_NINTH, new int[] {0, 4, 7, 11, 14},
      ChordType.MINOR_NINTH, new int[] {0, 3, 7, 10, 14});
  /** One spelling of each tonic, as a key signature chart lists them; the sharp ones as minor keys below. */
  private static final List<String> MAJOR_TONICS = List.of("C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb",
      "B");
  /** Every pitch class struck together with another, as in a block chord. */
  private static final int ALL_STRUCK = (1 << 12) - 1;
  private static final List<String> MINOR_TONICS = List.of("C#", "D#", "F#", "G#", "A#", "Bb", "Eb");

  @Test
  void eachColourChordOnEveryMajorTonicIsNamedAndSpelledAsTheTheoryEngineSpellsIt() {
    for (String tonic : MAJOR_TONICS) {
      assertNamedOnTonic(Key.major(tonic));
    }
  }

  @Test
  void chordsOnSharpAndFlatMinorTonicsKeepTheKeysSpelling() {
    for (String tonic : MINOR_TONICS) {
      assertNamedOnTonic(Key.minor(tonic));
    }
  }

  @Test
  void aSixthChordNeedsItsRootInTheBassOtherwiseItIsTheMinorSeventh() {
    int[] cSixth = {60, 64, 67, 69};
    Key cMajor = Key.major("C");
    assertThat(label(cSixth, 0, cMajor)).isEqualTo("C6");
    assertThat(label(cSixth, 9, cMajor)).isEqualTo("Am7");
    assertThat(label(cSixth, 4, cMajor)).isEqualTo("Am7/E");
    int[] minorSixth = {65, 68, 72, 74};
    assertThat(label(minorSixth, 5, Key.minor("C"))).isEqualTo("Fm6");
    assertThat(label(minorSixth, 2, Key.minor("C"))).isEqualTo("Dm7b5");
  }

  @Test
  void aSuspendedTriadIsNamedFromItsBass() {
    int[] tones = {60, 62, 67};
    assertThat(label(tones, 0, Key.major("C"))).isEqualTo("Csus2");
    assertThat(label(tones, 7, Key.major("C"))).isEqualTo("Gsus4");
    assertThat(label(tones, 2, Key.major("C"))).isEqualTo("Gsus4/D");
  }

  @Test
  void aPassingNinthOrFourthLeavesThePlainTriad() {
    double[] weights = new double[12];
    weights[0] = 2;
    weights[4] = 1;
    weights[7] = 1;
    weights[2] = 0.5;
    Chord passingNinth = ChordMatcher.match(weights, ALL_STRUCK, 0, new Tonality(0, false), false);
    assertThat(passingNinth.kind()).isEqualTo(ChordKind.MAJOR);
    weights[2] = 0;
    weights[5] = 0.5;
    Chord passingFourth = ChordMatcher.match(weights, ALL_STRUCK, 0, new Tonality(0, false), false);
    assertThat(passingFourth.kind()).isEqualTo(ChordKind.MAJOR);
  }

  @Test
  void aMelodyNoteHeldOverAChordStruckEarlierIsNotAColourTone() {
    List<MidiNote> notes = new ArrayList<>();
    for (int pitch : new int[] {48, 55, 64}) {
      notes.add(MidiNote.of(pitch, 0, 4));
    }
    notes.add(MidiNote.of(72, 0, 2));
    notes.add(MidiNote.of(74, 2, 2));
    byte[] midi = MidiWriter.write(MidiSong.of("held", List.of(MidiPart.piano("piano", notes))).withKeySignature(0, false));
    assertThat(MidiAnalyzer.withDefaults().analyze(midi).chords()).extracting(ChordLabel::symbol).containsExactly("C");
  }

  @Test
  void aNinthChordIsNotNamedWithoutItsThird() {
    double[] weights = new double[12];
    for (int pc : new int[] {5, 8, 0, 10}) {
      weights[pc] = 1;
    }
    Chord found = ChordMatcher.match(weights, ALL_STRUCK, 5, new Tonality(3, false), false);
    assertThat(found.kind()).isNotEqualTo(ChordKind.DOMINANT_NINTH);
    weights[2] = 1;
    assertThat(ChordMatcher.match(weights, ALL_STRUCK, 10, new Tonality(3, false), false).kind())
        .isEqualTo(ChordKind.DOMINANT_NINTH);
  }

  @Test
  void aNinthHeldAsLongAsTheTriadMakesTheAddedNinthChord() {
    int[] tones = {60, 64, 67, 74};
    assertThat(label(tones, 0, Key.major("C"))).isEqualTo("Cadd9");
  }

  @Test
  void aWrittenMidiProgressionOfColourChordsReadsBackChordByChord() {
    int[][] bars = {{48, 55, 64, 69}, {41, 57, 64, 67, 72}, {38, 53, 57, 60, 64}, {43, 55, 60, 62, 65},
        {43, 53, 57, 59, 62}, {48, 52, 55, 62}, {45, 52, 57, 59}, {48, 57, 62, 64, 67}};
    List<MidiNote> notes = new ArrayList<>();
    for (int bar = 0; bar < bars.length; bar++) {
      for (int pitch : bars[bar]) {
        notes.add(MidiNote.of(pitch, bar * 4.0, 4.0));
      }
    }
    byte[] midi = MidiWriter.write(MidiSong.of("colours", List.of(MidiPart.piano("chords", notes)))
        .withKeySignature(0, false));
    List<String> symbols = MidiAnalyzer.withDefaults().analyze(midi).chords().stream().map(ChordLabel::symbol)
        .toList();
    assertThat(symbols).containsExactly("C6", "Fmaj9", "Dm9", "G7sus4", "G9", "Cadd9", "Asus2", "C6/9");
  }

  private static void assertNamedOnTonic(Key key) {
    Note tonic = key.tonic();
    VOICINGS.forEach((type, voicing) -> {
      int[] pitches = new int[voicing.length];
      for (int i = 0; i < voicing.length; i++) {
        pitches[i] = 48 + tonic.pitchClass() + voicing[i];
      }
      dev.cadenza.theory.Chord expected = dev.cadenza.theory.Chord.of(tonic, type);
      Chord found = ChordMatcher.match(weights(pitches), ALL_STRUCK, tonic.pitchClass(), tonality(key), false);
      dev.cadenza.theory.Chord spelled = ChordNames.spell(found, key);
      assertThat(spelled.symbol()).as("%s in %s", type, key.name()).isEqualTo(expected.symbol());
      assertThat(spelled.tones()).as("%s in %s", type, key.name()).isEqualTo(expected.tones());
      assertThat(ChordNames.roman(found, key)).as("numeral of %s in %s", type, key.name()).isNotBlank();
    });
  }

  private static String label(int[] pitches, int bass, Key key) {
    return ChordNames.symbol(ChordMatcher.match(weights(pitches), ALL_STRUCK, bass, tonality(key), false), key);
  }

  private static double[] weights(int[] pitches) {
    double[] weights = new double[12];
    for (int pitch : pitches) {
      weights[pitch % 12] += 1;
    }
    return weights;
  }

  private static Tonality tonality(Key key) {
    return new Tonality(key.tonic().pitchClass(), key.mode() == Key.Mode.MINOR);
  }
}
