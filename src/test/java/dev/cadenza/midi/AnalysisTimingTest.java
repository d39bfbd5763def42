package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Reports how long a five-minute piano piece takes to analyse; the times are printed, not
 * asserted. The first run pays for class loading and for naming each chord once (the theory
 * engine's Roman-numeral analysis is cached per chord and key); the second shows the steady state.
 */
class AnalysisTimingTest {

  private static final long SEED = 5L;

  @Test
  void analysesAFiveMinutePianoPieceAndReportsTheTime() {
    byte[] data = Pieces.pianoPiece(SEED);
    MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();

    long start = System.nanoTime();
    analyzer.analyze(data);
    double first = (System.nanoTime() - start) / 1e6;
    start = System.nanoTime();
    MidiAnalysis analysis = analyzer.analyze(data);
    double second = (System.nanoTime() - start) / 1e6;

    System.out.println(String.format(Locale.ROOT,
        "five-minute piece (seed %d): %,d bytes, %,d notes, %d bars, %.0f s of music, %d chords, %d modulations;"
            + " analysed in %.0f ms on the first run, %.0f ms on the second",
        SEED, data.length, analysis.notes().size(), analysis.bars(), analysis.durationSeconds(),
        analysis.chords().size(), analysis.modulations().size(), first, second));
    assertThat(analysis.bars()).isEqualTo(150);
    assertThat(analysis.durationSeconds()).isBetween(295.0, 305.0);
  }
}
