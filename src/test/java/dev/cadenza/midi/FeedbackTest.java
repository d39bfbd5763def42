package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.midi.key.KeyResult;
import dev.cadenza.midi.voice.Rule;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeedbackTest {

  private static MidiAnalysis exerciseWithParallelFifths() {
    return MidiAnalyzer.withDefaults().analyze(MidiWriter.write(MidiSong.of("Exercise", Pieces.satb(new int[][] {
        {76, 67, 60, 48}, {74, 69, 65, 50}, {71, 67, 62, 55}, {72, 67, 64, 48}}, 2))));
  }

  @Test
  void placesEachFixByBarAndBeatWithTheRuleAndItsReason() {
    String feedback = exerciseWithParallelFifths().feedback();

    assertThat(feedback).contains("Bar 1, beat 3 — Parallel fifths (parallel-fifths): Parallel fifths between alto"
        + " and bass: G4 over C3 moves to A4 over D3. Why: " + Rule.PARALLEL_FIFTHS.explanation());
  }

  @Test
  void praisesWhatWorks() {
    String feedback = exerciseWithParallelFifths().feedback();

    assertThat(feedback).contains("What works")
        .contains("Bar 2, beat 3: a perfect authentic cadence (V–I) in C major marks the end of a phrase.")
        .contains("The four voices have no problems with parallel octaves");
  }

  @Test
  void summaryStatesKeyChordsCadencesAndIssuesAsExactFacts() {
    KeyResult key = exerciseWithParallelFifths().key();
    assertThat(exerciseWithParallelFifths().summary()).isEqualTo("Analysis of the uploaded MIDI file: estimated key C major"
        + " (confidence " + String.format(java.util.Locale.ROOT, "%.2f", key.confidence())
        + "; major seventh (leading tone) over a major third → major; signature of C major; runner-up "
        + key.runnerUp().tonic() + " " + key.runnerUp().mode() + "), meter 4/4, 2 bars. Chords: bar 1 beat 1 C (I); bar 1 beat 3 Dm (ii); bar 2 beat 1 G (V); bar 2 beat 3 C (I)."
        + " Perfect authentic cadence (V–I) at bar 2."
        + " Bar 1, beat 3: Parallel fifths between alto and bass: G4 over C3 moves to A4 over D3.");
    assertThat(MidiAnalyzer.withDefaults().analyze(MidiExamples.cadence("PAC", "G major")).summary())
        .contains("estimated key G major").contains("Perfect authentic cadence (V7–I) at bar 4.")
        .endsWith("No part-writing issues were found.");
  }

  @Test
  void givesEveryRuleAStableIdAndASearchQuery() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z-]+"));
    assertThat(Rule.searchQueryFor("parallel-fifths")).contains(Rule.PARALLEL_FIFTHS.searchQuery());
    assertThat(Rule.searchQueryFor("hidden-octaves")).hasValueSatisfying(query -> assertThat(query).contains("hidden octaves"));
    assertThat(Rule.searchQueryFor("no-such-rule")).isEmpty();
  }
}
