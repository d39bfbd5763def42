package dev.cadenza.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each feature of the reader, with exact pitches (C = 60, c = 72, C, = 48) and lengths in quarter notes. */
class AbcReaderTest {

  /** A tune with a header (4/4, eighth-note unit unless the extra fields say otherwise) and a body. */
  static AbcTune tune(String headerFields, String body) {
    return AbcReader.read("X:1\nT:Test\nM:4/4\nL:1/8\n" + headerFields + "\n" + body + "\n");
  }

  static List<Integer> pitches(AbcTune tune) {
    return tune.score().notes().stream().map(Note::pitch).toList();
  }

  static List<Double> lengths(AbcTune tune) {
    return tune.score().notes().stream().map(Note::duration).toList();
  }

  static List<Double> onsets(AbcTune tune) {
    return tune.score().notes().stream().map(Note::onset).toList();
  }

  @Test
  void octavesCountFromMiddleCForTheCapitalC() {
    assertThat(pitches(tune("K:C", "C c C, c' C,, B, b'"))).containsExactly(60, 72, 48, 84, 36, 59, 95);
  }

  @Test
  void keySignatureAltersItsLettersInEveryOctave() {
    assertThat(pitches(tune("K:Bb", "B E b e F"))).containsExactly(70, 63, 82, 75, 65);
    assertThat(pitches(tune("K:F#m", "F C G D"))).containsExactly(66, 61, 68, 62);
  }

  @Test
  void modesTakeTheSignatureOfTheirParentKey() {
    assertThat(pitches(tune("K:D dorian", "F c B"))).containsExactly(65, 72, 71);
    assertThat(pitches(tune("K:Amix", "F C G"))).containsExactly(66, 61, 67);
    assertThat(pitches(tune("K:E phr", "F G"))).containsExactly(65, 67);
    assertThat(pitches(tune("K:F Lydian", "B"))).containsExactly(71);
    assertThat(pitches(tune("K:B loc", "F C"))).containsExactly(65, 60);
    assertThat(tune("K:Amix", "A").key()).isEqualTo("A mixolydian");
  }

  @Test
  void noneAndExplicitAccidentalsReplaceOrChangeTheSignature() {
    assertThat(pitches(tune("K:none", "F B"))).containsExactly(65, 71);
    assertThat(pitches(tune("K:D exp ^f", "F C"))).containsExactly(66, 60);
    assertThat(pitches(tune("K:D =c", "F C"))).containsExactly(66, 60);
    assertThat(pitches(tune("K:G _e", "F E"))).containsExactly(66, 63);
    assertThat(pitches(tune("K:Hp", "F C G"))).containsExactly(66, 61, 67);
    assertThat(pitches(tune("K:G clef=bass", "F"))).containsExactly(66);
  }

  @Test
  void unitLengthDefaultsFromTheMeterAndScalesEveryNote() {
    assertThat(lengths(AbcReader.read("X:1\nM:2/4\nK:C\nC D\n"))).containsExactly(0.25, 0.25);
    assertThat(lengths(AbcReader.read("X:1\nM:3/4\nK:C\nC\n"))).containsExactly(0.5);
    assertThat(lengths(tune("L:1/4\nK:C", "C"))).containsExactly(1.0);
  }

  @Test
  void commonAndCutTimeAreFourFourAndTwoTwo() {
    MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();
    assertThat(analyzer.analyze(AbcReader.read("X:1\nM:C\nL:1/4\nK:C\nCDEF|GABc|\n").score()).meter()).isEqualTo("4/4");
    assertThat(analyzer.analyze(AbcReader.read("X:1\nM:C|\nL:1/4\nK:C\nCD|EF|\n").score()).meter()).isEqualTo("2/2");
    assertThat(analyzer.analyze(AbcReader.read("X:1\nM:6/8\nK:C\nCDE FGA|\n").score()).meter()).isEqualTo("6/8");
  }

  @Test
  void noteLengthsMultiplyAndDivideTheUnit() {
    assertThat(lengths(tune("K:C", "A2 A/2 A/ A3/2 A// A4 A"))).containsExactly(1.0, 0.25, 0.25, 0.75, 0.125, 2.0, 0.5);
  }

  @Test
  void brokenRhythmDotsOneNoteAndShortensTheOther() {
    assertThat(lengths(tune("K:C", "A>B c<d e>>f"))).containsExactly(0.75, 0.25, 0.25, 0.75, 0.875, 0.125);
    assertThat(onsets(tune("K:C", "A>B c"))).containsExactly(0.0, 0.75, 1.0);
  }

  @Test
  void tiesJoinNotesOfThePitchAcrossBarLinesWithTheirAccidental() {
    AbcTune tied = tune("K:C", "A2-A2 ^F-|F G");
    assertThat(pitches(tied)).containsExactly(69, 66, 67);
    assertThat(lengths(tied)).containsExactly(2.0, 1.0, 0.5);
  }

  @Test
  void tupletsSqueezeTheirNotes() {
    AbcTune triplet = tune("K:C", "(3ABc d");
    assertThat(lengths(triplet)).allSatisfy(length -> assertThat(length).isIn(1.0 / 3, 0.5));
    assertThat(onsets(triplet).get(3)).isCloseTo(1.0, within(1e-9));
    AbcTune explicit = tune("K:C", "(3:2:2A2B2 c");
    assertThat(lengths(explicit).get(0)).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(lengths(explicit).get(2)).isEqualTo(0.5);
    assertThat(lengths(AbcReader.read("X:1\nM:6/8\nL:1/8\nK:C\n(2AB c\n"))).containsExactly(0.75, 0.75, 0.5);
  }

  @Test
  void chordsSoundTogetherAndMoveOnByTheirFirstNote() {
    AbcTune chords = tune("K:C", "[CEG]2 [c2e] f");
    assertThat(pitches(chords)).containsExactly(60, 64, 67, 72, 76, 77);
    assertThat(onsets(chords)).containsExactly(0.0, 0.0, 0.0, 1.0, 1.0, 2.0);
    assertThat(lengths(chords)).containsExactly(1.0, 1.0, 1.0, 1.0, 0.5, 0.5);
  }

  @Test
  void chordSymbolsAreKeptAsHintsAndAnnotationsSkipped() {
    AbcTune symbols = tune("K:C", "\"Am\"A2 \"^slowly\"c2 \"E7\"B4|\"Am\"A8|");
    assertThat(symbols.chordSymbols()).containsExactly(new AbcTune.ChordSymbol(1, 1, "Am"),
        new AbcTune.ChordSymbol(1, 3, "E7"), new AbcTune.ChordSymbol(2, 1, "Am"));
    assertThat(pitches(symbols)).containsExactly(69, 72, 71, 69);
  }

  @Test
  void graceNotesDecorationsSlursAndSpacingAreSkipped() {
    assertThat(pitches(tune("K:C", "{g}A !trill!B ~c .d Hd (ef) +fermata+g y`a uA vB"))).containsExactly(69, 71, 72,
        74, 74, 76, 77, 79, 81, 69, 71);
  }

  @Test
  void accidentalsLastToTheBarLineInEveryOctave() {
    assertThat(pitches(tune("K:C", "^F F f | F _B b =B B|"))).containsExactly(66, 66, 78, 65, 70, 82, 71, 71);
  }

  @Test
  void propagationCanBeLimitedToTheOctave() {
    assertThat(pitches(tune("%%propagate-accidentals octave\nK:C", "^F f F"))).containsExactly(66, 77, 66);
    assertThat(pitches(tune("%%propagate-accidentals not\nK:C", "^F F"))).containsExactly(66, 65);
  }

  @Test
  void repeatsAreExpandedInPlayingOrder() {
    assertThat(pitches(tune("K:C", "|: C D :| E F |"))).containsExactly(60, 62, 60, 62, 64, 65);
    assertThat(pitches(tune("K:C", "C D :| E F :|"))).containsExactly(60, 62, 60, 62, 64, 65, 64, 65);
    assertThat(pitches(tune("K:C", "|: C :: D :|"))).containsExactly(60, 60, 62, 62);
  }

  @Test
  void endingsArePlayedOnTheirPass() {
    assertThat(pitches(tune("K:C", "|: C |1 D :|2 E || F"))).containsExactly(60, 62, 60, 64, 65);
    assertThat(pitches(tune("K:C", "|: C | [1 D :| [2 E |]"))).containsExactly(60, 62, 60, 64);
    assertThat(pitches(tune("K:C", "|: C |1,2 D :|3 E |"))).containsExactly(60, 62, 60, 62, 60, 64);
    assertThat(onsets(tune("L:1/4\nK:C", "|: CDEF |1 G4 :|2 c4 |"))).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 8.0, 9.0,
        10.0, 11.0, 12.0);
  }

  @Test
  void inlineFieldsChangeKeyUnitAndMeterMidTune() {
    assertThat(pitches(tune("K:C", "B [K:F] B | [K:D dor] F"))).containsExactly(71, 70, 65);
    assertThat(lengths(tune("K:C", "A [L:1/4] A"))).containsExactly(0.5, 1.0);
    MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();
    assertThat(analyzer.analyze(tune("L:1/4\nK:C", "CDEF | [M:3/4] GAB | c3 |").score()).bars()).isEqualTo(3);
  }

  @Test
  void fieldLinesInTheBodyChangeTheKey() {
    assertThat(pitches(tune("K:C", "F|\nK:G\nF|"))).containsExactly(65, 66);
  }

  @Test
  void commentsAndContinuationsAreIgnored() {
    assertThat(pitches(tune("% a remark\nK:C", "A B % C D\nc \\\nd"))).containsExactly(69, 71, 72, 74);
  }

  @Test
  void restsMoveTimeOnWithoutNotes() {
    assertThat(onsets(tune("K:C", "z2 A x B Z2 c"))).containsExactly(1.0, 2.0, 10.5);
  }

  @Test
  void aShortOpeningBarIsAPickup() {
    AbcTune pickup = tune("L:1/4\nK:C", "G | c4 | B4 |");
    assertThat(onsets(pickup)).containsExactly(3.0, 4.0, 8.0);
  }

  @Test
  void tempoSetsSecondsThroughTheTimeline() {
    AbcTune slow = tune("Q:1/4=60\nK:C", "C2 D2");
    assertThat(slow.score().notes().get(1).onsetSeconds()).isCloseTo(1.0, within(1e-9));
    AbcTune dotted = AbcReader.read("X:1\nM:6/8\nL:1/8\nQ:3/8=40\nK:C\nCDE FGA|\n");
    assertThat(dotted.score().notes().get(3).onsetSeconds()).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void voicesBecomeTracks() {
    AbcTune twoVoices = AbcReader.read("X:1\nM:4/4\nL:1/4\nV:1\nV:2\nK:C\nV:1\ncdef|\nV:2\nC,4|\n");
    assertThat(twoVoices.score().notes()).extracting(Note::pitch, Note::track, Note::onset)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(48, 1, 0.0), org.assertj.core.groups.Tuple.tuple(72, 0, 0.0),
            org.assertj.core.groups.Tuple.tuple(74, 0, 1.0), org.assertj.core.groups.Tuple.tuple(76, 0, 2.0),
            org.assertj.core.groups.Tuple.tuple(77, 0, 3.0));
    assertThat(twoVoices.score().trackNames()).containsExactly("V:1", "V:2");
  }

  @Test
  void onlyTheFirstTuneIsReadAndTheRestIsNamedInAWarning() {
    AbcTune first = AbcReader.read("X:1\nK:C\nC\n\nX:2\nK:G\nF\n");
    assertThat(pitches(first)).containsExactly(60);
    assertThat(first.score().warnings()).anyMatch(w -> w.contains("Only the first tune"));
  }

  @Test
  void theKeyFieldIsAHintForTheAnalysis() {
    AbcTune dorian = tune("K:D dorian", "D");
    assertThat(dorian.score().keySignatures()).singleElement()
        .satisfies(event -> assertThat(event.sharps()).isZero());
    assertThat(tune("K:Bm", "B").score().keySignatures().getFirst().minor()).isTrue();
  }
}
