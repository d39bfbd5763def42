package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Harmony that changes inside a beat, on MIDI written by the project's writer, and notes that must not split a beat. */
class HarmonyWithinBeatTest {

  private final MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();

  private static final int[][] TWO_A_BEAT = {{48, 64, 67, 72}, {43, 62, 67, 71}, {45, 64, 69, 72}, {41, 65, 69, 72},
      {50, 62, 65, 69}, {43, 62, 65, 71}, {48, 64, 67, 72}, {48, 64, 67, 72}};
  private static final List<String> TWO_A_BEAT_LABELS = List.of("1@1.0 C", "1@1.5 G", "1@2.0 Am", "1@2.5 F",
      "1@3.0 Dm", "1@3.5 G7", "1@4.0 C");

  @Test
  void twoChordsInEveryBeatAreBothReported() {
    List<MidiNote> notes = new ArrayList<>();
    for (int i = 0; i < TWO_A_BEAT.length; i++) {
      block(notes, TWO_A_BEAT[i], i * 0.5, 0.5);
    }
    assertThat(labels(notes)).containsExactlyElementsOf(TWO_A_BEAT_LABELS);
  }

  @Test
  void twoChordsInEveryBeatPlayedUnevenlyAreStillBothReported() {
    SplittableRandom random = new SplittableRandom(14);
    List<MidiNote> notes = new ArrayList<>();
    for (int i = 0; i < TWO_A_BEAT.length; i++) {
      for (int pitch : TWO_A_BEAT[i]) {
        double onset = Math.max(0, i * 0.5 + random.nextDouble(-0.05, 0.05));
        notes.add(new MidiNote(pitch, onset, 0.5 * random.nextDouble(0.8, 1.1), random.nextInt(50, 90)));
      }
    }
    assertThat(labels(notes)).containsExactlyElementsOf(TWO_A_BEAT_LABELS);
  }

  @Test
  void aChordArrivingOnAnOffBeatEighthIsPlacedThere() {
    List<MidiNote> notes = new ArrayList<>();
    block(notes, new int[] {48, 64, 67, 72}, 0, 1.5);
    block(notes, new int[] {41, 65, 69, 72}, 1.5, 2.5);
    assertThat(labels(notes)).containsExactly("1@1.0 C", "1@2.5 F");
  }

  @Test
  void aPassingToneEighthInTheSopranoDoesNotMakeANewChord() {
    List<MidiNote> notes = new ArrayList<>();
    block(notes, new int[] {48, 55, 60}, 0, 4);
    notes.add(MidiNote.of(64, 0, 1));
    notes.add(MidiNote.of(64, 1, 0.5));
    notes.add(MidiNote.of(65, 1.5, 0.5));
    notes.add(MidiNote.of(67, 2, 2));
    assertThat(labels(notes)).containsExactly("1@1.0 C");
  }

  @Test
  void aStepInTheBassAndARunOfSixteenthsLeaveTheChordAlone() {
    List<MidiNote> notes = new ArrayList<>();
    block(notes, new int[] {64, 67, 72}, 0, 4);
    notes.add(MidiNote.of(48, 0, 1.5));
    notes.add(MidiNote.of(50, 1.5, 0.5));
    notes.add(MidiNote.of(52, 2, 2));
    int[] run = {76, 77, 79, 81, 79, 77, 76, 74};
    for (int i = 0; i < run.length; i++) {
      notes.add(MidiNote.of(run[i], 2 + 0.25 * i, 0.25));
    }
    assertThat(labels(notes)).containsExactly("1@1.0 C", "1@3.0 C/E");
  }

  @Test
  void aChordHeldWithThePedalIntoTheNextBeatDoesNotSplitIt() {
    List<MidiNote> notes = new ArrayList<>();
    block(notes, new int[] {48, 64, 67, 72}, 0, 4.45);
    block(notes, new int[] {41, 65, 69, 72}, 4, 4);
    assertThat(labels(notes)).containsExactly("1@1.0 C", "2@1.0 F");
  }

  @Test
  void aLowerBassHeldWithThePedalIntoTheNextChordIsNotItsBass() {
    List<MidiNote> notes = new ArrayList<>();
    block(notes, new int[] {48, 55, 64}, 0, 4.45);
    block(notes, new int[] {57, 60, 64}, 4, 4);
    assertThat(labels(notes)).containsExactly("1@1.0 C", "2@1.0 Am");
  }

  private static void block(List<MidiNote> notes, int[] pitches, double onset, double quarters) {
    for (int pitch : pitches) {
      notes.add(MidiNote.of(pitch, onset, quarters));
    }
  }

  private List<String> labels(List<MidiNote> notes) {
    byte[] midi = MidiWriter.write(MidiSong.of("beats", List.of(MidiPart.piano("piano", notes)))
        .withKeySignature(0, false));
    return analyzer.analyze(midi).chords().stream()
        .map(label -> label.bar() + "@" + label.beat() + " " + label.symbol()).toList();
  }
}
