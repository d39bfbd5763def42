package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A response lists at most so many items of each kind and says what it cut. */
class MidiAnalysisListingTest {

  private final MidiAnalysis analysis = MidiAnalyzer.withDefaults().analyze(MidiExamples.progression("I-IV-V-I", "C"));

  @Test
  void listsLongerThanTheLimitAreCutWithAWarningNamingTheCount() {
    int notes = analysis.notes().size();
    assertThat(notes).isGreaterThan(3);
    MidiAnalysis listed = analysis.listedUpTo(3);
    assertThat(listed.notes()).containsExactlyElementsOf(analysis.notes().subList(0, 3));
    assertThat(listed.warnings()).contains("only the first 3 of " + notes + " notes are listed");
    assertThat(listed.key()).isEqualTo(analysis.key());
    assertThat(listed.chords()).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void analysisWithinTheLimitIsReturnedUnchanged() {
    assertThat(analysis.listedUpTo(10_000)).isSameAs(analysis);
  }
}
