package dev.cadenza.abc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.midi.MidiAnalysis;
import dev.cadenza.midi.MidiAnalyzer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ABC 2.1 lets header fields come in any order before K:, field lines and inline fields change the meter, key and
 * unit length in the body, and a tune pasted on one line may put its fields in any order too.
 */
class AbcFieldOrderTest {

  private static final String MUSIC = "G B d | g3 | d B G | A3 | B d c | A F D | G3 |]";
  private static final MidiAnalyzer ANALYZER = MidiAnalyzer.withDefaults();

  static Stream<String> sameTuneInFieldOrders() {
    return Stream.of(
        "X:1\nT:Air\nM:3/4\nL:1/4\nK:G\n" + MUSIC + "\n",
        "X:1\nL:1/4\nT:Air\nM:3/4\nK:G\n" + MUSIC + "\n",
        "X:1\nT:Air\nL:1/4\nK:G\nM:3/4\n" + MUSIC + "\n",
        "X:1\nT:Air\nK:G\nM:3/4\nL:1/4\n" + MUSIC + "\n",
        "X:1\nT:Air\nK:G\n[M:3/4][L:1/4]" + MUSIC + "\n");
  }

  @ParameterizedTest
  @MethodSource("sameTuneInFieldOrders")
  void theHeaderFieldsMayComeInAnyOrder(String abc) {
    AbcTune tune = AbcReader.read(abc);
    MidiAnalysis analysis = ANALYZER.analyze(tune.score());
    assertThat(tune.title()).isEqualTo("Air");
    assertThat(analysis.meter()).isEqualTo("3/4");
    assertThat(analysis.bars()).isEqualTo(7);
    assertThat(analysis.key().name()).isEqualTo("G major");
  }

  static Stream<String> oneLinePastes() {
    return Stream.of(
        "what key? X:1 T:Air M:3/4 L:1/4 K:G " + MUSIC,
        "what key? X:1 T:Air K:G M:3/4 L:1/4 " + MUSIC,
        "what key? X:1 M:3/4 T:Air K:G L:1/4 " + MUSIC.replace("G B d |", "G B d|"),
        "what key? X:1 T:Air Q:\"Slowly\" 1/4=60 M:3/4 L:1/4 K:G clef=treble " + MUSIC);
  }

  @ParameterizedTest
  @MethodSource("oneLinePastes")
  void aTunePastedOnOneLineMayPutItsFieldsInAnyOrder(String question) {
    String abc = AbcQuestions.tune(question).orElseThrow();
    AbcQuestions.TuneReport report = AbcQuestions.report(abc, ANALYZER);
    assertThat(report.meter()).isEqualTo("3/4");
    assertThat(report.bars()).isEqualTo(7);
    assertThat(report.key().name()).isEqualTo("G major");
  }

  @Test
  void inlineFieldsInTheBodyChangeKeyMeterAndUnitLength() {
    AbcTune tune = AbcReader.read("X:1\nM:3/4\nL:1/4\nK:C\nC E G | c3 | [M:2/4] G2 | [K:A] A c | [L:1/8] e2 a2 |]\n");
    MidiAnalysis analysis = ANALYZER.analyze(tune.score());
    assertThat(analysis.bars()).isEqualTo(5);
    assertThat(analysis.notes().subList(5, 7)).extracting(note -> note.pitch()).containsExactly(69, 73);
    assertThat(analysis.notes().getLast().duration()).isEqualTo(analysis.notes().get(5).duration());
  }

  @Test
  void fieldsTheReaderLeavesOutAreNamedInTheWarnings() {
    AbcTune tune = AbcReader.read("X:1\nM:4/4\nU:T=!trill!\nK:C\nC D E F | [Y:x] G4 |]\n");
    assertThat(tune.score().warnings()).anyMatch(w -> w.contains("User-defined symbols (U:) are not supported"))
        .anyMatch(w -> w.contains("Y: is not an ABC 2.1 field"));
  }
}
