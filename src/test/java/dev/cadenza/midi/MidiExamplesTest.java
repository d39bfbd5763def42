package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MidiExamplesTest {

  private static final MidiAnalyzer ANALYZER = MidiAnalyzer.withDefaults();

  private static List<Integer> pitches(byte[] data) {
    return MidiReader.read(data, ReadLimits.defaults()).notes().stream().map(Note::pitch).toList();
  }

  @Test
  void writesAChordSymbolAsATypeOneFileWithTempoMeterAndTrackNames() {
    byte[] data = MidiExamples.chord("Cmaj7");
    MidiScore score = MidiReader.read(data, ReadLimits.defaults());

    assertThat(score.format()).isEqualTo(1);
    assertThat(score.trackNames()).containsExactly("Cmaj7", "Piano");
    assertThat(score.timeline().bpm(0)).isEqualTo(MidiSong.DEFAULT_BPM);
    assertThat(score.meterAssumed()).isFalse();
    assertThat(pitches(data)).containsExactly(60, 64, 67, 71);
  }

  @Test
  void writesSpelledNotesWithOctavesAndMidiNumbers() {
    assertThat(pitches(MidiExamples.spelledChords("Two", List.of(List.of("C4", "Eb4", "G4"), List.of("B3", "D4", "F#4")))))
        .containsExactly(60, 63, 67, 59, 62, 66);
    assertThat(pitches(MidiExamples.chords("One", List.of(List.of(48, 55, 64))))).containsExactly(48, 55, 64);
  }

  @Test
  void writesAScaleUpAndDown() {
    assertThat(pitches(MidiExamples.scale("D dorian")))
        .containsExactly(62, 64, 65, 67, 69, 71, 72, 74, 72, 71, 69, 67, 65, 64, 62);
  }

  @Test
  void writesAProgressionThatAnalysesBackToItsNumerals() {
    MidiAnalysis analysis = ANALYZER.analyze(MidiExamples.progression("ii-V-I", "Bb"));

    assertThat(analysis.key().name()).isEqualTo("Bb major");
    assertThat(analysis.chords()).extracting(ChordLabel::symbol).containsExactly("Cm", "F", "Bb");
    assertThat(analysis.chords()).extracting(ChordLabel::roman).containsExactly("ii", "V", "I");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
      "PAC, C major", "IAC, C major", "HC, C major", "plagal, C major", "deceptive, C major",
      "PAC, A minor", "IAC, A minor", "HC, A minor", "plagal, A minor", "deceptive, A minor",
      "pac, Eb major"})
  void writesEachCadenceSoThatTheAnalysisFindsIt(String type, String key) {
    MidiAnalysis analysis = ANALYZER.analyze(MidiExamples.cadence(type, key));

    assertThat(analysis.key().tonic() + " " + analysis.key().mode()).isEqualTo(key);
    assertThat(analysis.cadences()).extracting(Cadence::type).last().asString().isEqualToIgnoringCase(type);
  }

  @Test
  void namesWhatItCannotRead() {
    assertThatThrownBy(() -> MidiExamples.chord("H7")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("H7");
    assertThatThrownBy(() -> MidiExamples.cadence("perfect", "C"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HC, IAC, PAC, deceptive, plagal");
    assertThatThrownBy(() -> MidiExamples.progression("ii-V-I", "X major")).isInstanceOf(IllegalArgumentException.class);
  }
}
