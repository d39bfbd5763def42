package dev.cadenza.abc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.midi.Cadence;
import dev.cadenza.midi.MidiAnalysis;
import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.key.KeyResult;
import dev.cadenza.midi.voice.Issue;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Public-domain melodies transcribed from memory (so they may differ in detail from printed versions),
 * in major, minor, dorian and mixolydian, read from ABC and analysed: the analyser must name the key
 * and mode each tune is known in.
 */
class TranscribedTunesTest {

  static Stream<Arguments> tunes() {
    return Stream.of(
        Arguments.of("""
            X:1
            T:Twinkle, Twinkle, Little Star
            M:4/4
            L:1/4
            K:C
            C C G G | A A G2 | F F E E | D D C2 | G G F F | E E D2 | G G F F | E E D2 |
            C C G G | A A G2 | F F E E | D D C2 |]
            """, "C", "major"),
        Arguments.of("""
            X:2
            T:Ode to Joy
            M:4/4
            L:1/4
            K:D
            F F G A | A G F E | D D E F | F3/2 E/ E2 | F F G A | A G F E | D D E F | E3/2 D/ D2 |]
            """, "D", "major"),
        Arguments.of("""
            X:3
            T:God Rest Ye Merry, Gentlemen
            M:4/4
            L:1/4
            K:Em
            E | E B B A | G F E D | E F G A | B3 E | E B B A | G F E D | E F G A | B3 B |
            c A B c | d e B A | G E F G | A3 G/A/ | B2 c B | B A G F | E2 G F/E/ | D2 G A | B c B A | G F E |]
            """, "E", "minor"),
        Arguments.of("""
            X:4
            T:Drunken Sailor
            M:4/4
            L:1/8
            K:D dorian
            |: A2 AA A2 AA | A2 D2 F2 A2 | G2 GG G2 GG | G2 C2 E2 G2 |
            A2 AA A2 AA | A2 B2 c2 d2 | c2 A2 G2 E2 | D4 D4 :|
            |: A4 A4 | A2 D2 F2 A2 | G4 G4 | G2 C2 E2 G2 | A4 A4 | A2 B2 c2 d2 | c2 A2 G2 E2 | D4 D4 :|
            """, "D", "dorian"),
        Arguments.of("""
            X:5
            T:Scarborough Fair
            M:3/4
            L:1/4
            K:D dor
            D2 D | A2 A | E3/2 F/ E | D3 | z A c | d2 c | A B G | A3 | z2 d | d2 d | c2 A | A G F |
            E C2 | D2 A | G2 F | E2 D | C2 D | D3 |]
            """, "D", "dorian"),
        Arguments.of("""
            X:6
            T:Old Joe Clark (chorus)
            M:4/4
            L:1/8
            K:A mix
            |: A2 AB c2 cd | e2 e2 g2 e2 | d2 dc B2 BA | G2 G2 B2 B2 |
            A2 AB c2 cd | e2 e2 g2 e2 | f2 e2 d2 B2 | A4 A4 :|
            """, "A", "mixolydian"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("tunes")
  void theAnalyserNamesTheKeyAndModeOfTheTune(String abc, String tonic, String mode) {
    AbcTune tune = AbcReader.read(abc);
    KeyResult key = MidiAnalyzer.withDefaults().analyze(tune.score()).key();
    assertThat(key.tonic() + " " + key.mode()).as(tune.title() + ": " + key.decidedBy() + ", " + key.evidence())
        .isEqualTo(tonic + " " + mode);
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("tunes")
  void everyStatementBarByBarNamesTheKeyAsTheWholeTuneDoes(String abc, String tonic, String mode) {
    MidiAnalysis analysis = MidiAnalyzer.withDefaults().analyze(AbcReader.read(abc).score());
    String key = analysis.key().name();
    assertThat(analysis.keyHints()).allSatisfy(hint -> {
      assertThat(hint.estimated()).isEqualTo(key);
      assertThat(hint.agrees()).as("the K: field's signature fits " + key).isTrue();
    });
    assertThat(analysis.cadences()).extracting(Cadence::key).allMatch(key::equals);
    assertThat(analysis.modulations()).isEmpty();
    assertThat(analysis.issues()).extracting(Issue::rule).doesNotContain("final-cadence");
  }
}
