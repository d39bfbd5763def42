package dev.cadenza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.MidiNote;
import dev.cadenza.midi.key.KeyResult;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hard cases of key finding named in issue 14, written here in every minor key and played by the
 * {@link Humaniser}: a minor piece that ends on a major tonic chord (the Picardy third), and a chromatic
 * subject over a chromatic lament bass, whose pitch collection holds nearly all twelve pitch classes.
 */
class PerformedKeyCasesTest {

  /** Semitones above the tonic and length in quarters, one pair per melody note. */
  private static final double[][] PICARDY_MELODY = {{7, 1}, {3, 1}, {2, 1}, {0, 1}, {5, 1}, {8, 1}, {7, 1}, {5, 1},
      {2, 1}, {-1, 1}, {2, 1}, {7, 1}, {3, 1}, {2, 1}, {0, 1}, {3, 1}, {0, 1}, {3, 1}, {8, 1}, {7, 1},
      {5, 1}, {2, 1}, {5, 1}, {8, 1}, {7, 1}, {5, 1}, {2, 1}, {-1, 1}, {4, 4}};
  /** One chord a bar, semitones from the tonic: i iv V i VI ii°6 V7 I, the last with the major third. */
  private static final int[][] PICARDY_CHORDS = {{-12, 0, 3, 7}, {-7, 0, 5, 8}, {-5, -1, 2, 7}, {-12, 0, 3, 7},
      {-4, 0, 3, 8}, {-7, 2, 5, 8}, {-5, -1, 5, 7}, {-12, 0, 4, 7}};
  /** A subject falling chromatically from the sixth to the leading tone, then its answer a fifth higher. */
  private static final double[][] CHROMATIC_MELODY = {{0, 1}, {7, 1}, {8, 1}, {7, 1}, {6, 1}, {5, 1}, {4, 1},
      {3, 1}, {2, 1}, {1, 1}, {2, 1}, {-1, 1}, {0, 2}, {3, 1}, {2, 1}, {7, 1}, {14, 1}, {15, 1}, {14, 1},
      {13, 1}, {12, 1}, {11, 1}, {10, 1}, {9, 1}, {8, 1}, {9, 1}, {6, 1}, {7, 2}, {5, 1}, {2, 1}, {3, 1}, {1, 1},
      {2, 1}, {-1, 1}, {0, 4}};
  /** A lament bass in half notes under the subject, then i i V iv V V7 i, a bar each. */
  private static final int[][] CHROMATIC_CHORDS = {{-12}, {-13}, {-14}, {-15}, {-16}, {-17}, {-12, 0, 3, 7},
      {-12, 0, 3, 7}, {-5, -1, 2, 7}, {-7, 0, 5, 8}, {-5, -1, 2, 7}, {-5, -1, 5, 7}, {-12, 0, 3, 7}};
  private static final double[] CHROMATIC_LENGTHS = {2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4};

  private final MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();

  @Test
  void aMinorPieceEndingOnAPicardyThirdIsFoundInMinorInEveryKey() {
    double[] bars = new double[PICARDY_CHORDS.length];
    Arrays.fill(bars, 4);
    assertThat(minorKeysFound(PICARDY_MELODY, PICARDY_CHORDS, bars, 141)).isEqualTo(12);
  }

  @Test
  void aChromaticSubjectOverALamentBassIsFoundInItsMinorKeyInEveryKey() {
    assertThat(minorKeysFound(CHROMATIC_MELODY, CHROMATIC_CHORDS, CHROMATIC_LENGTHS, 142)).isEqualTo(12);
  }

  /** How many of the twelve minor tonics the analyser names, tonic and mode, from the humanised performance. */
  private int minorKeysFound(double[][] melody, int[][] chords, double[] chordLengths, long seed) {
    int found = 0;
    for (int tonic = 0; tonic < 12; tonic++) {
      List<MidiNote> right = new ArrayList<>();
      double time = 0;
      for (double[] note : melody) {
        right.add(MidiNote.of(60 + tonic + (int) note[0], time, note[1]));
        time += note[1];
      }
      List<MidiNote> left = new ArrayList<>();
      time = 0;
      for (int i = 0; i < chords.length; i++) {
        for (int offset : chords[i]) {
          left.add(MidiNote.of(48 + tonic + offset, time, chordLengths[i]));
        }
        time += chordLengths[i];
      }
      byte[] midi = Humaniser.perform("case", right, left, new SplittableRandom(seed * 100 + tonic));
      KeyResult key = analyzer.analyze(midi).key();
      boolean named = Note.parse(key.tonic()).pitchClass() == tonic && key.mode().equals("minor");
      found += named ? 1 : 0;
    }
    return found;
  }
}
