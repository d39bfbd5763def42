package dev.cadenza.midi.key;

import dev.cadenza.midi.MidiAnalyzer;
import dev.cadenza.midi.MidiReader;
import dev.cadenza.midi.MidiWriter;
import dev.cadenza.midi.ReadLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures key finding on generated tunes in every mode on every tonic (a seed apart from the one
 * the model was fitted on): the full analyser against plain Krumhansl–Schmuckler estimates over the
 * same notes with Krumhansl–Kessler's and Temperley's profiles.
 */
public final class KeyFindingEval {

  /**
   * Counts for one mode.
   *
   * @param tonicRight the analyser named the right tonic
   * @param keyRight the analyser named the right tonic and mode
   * @param kkTonicRight Krumhansl–Schmuckler with Krumhansl–Kessler profiles named the right tonic
   * @param kkKeyRight ... the right tonic and mode (only possible for major and minor)
   * @param temperleyTonicRight the same estimate with Temperley's profiles named the right tonic
   */
  public record Row(String mode, int pieces, int endingAway, int tonicRight, int keyRight, int kkTonicRight,
      int kkKeyRight, int temperleyTonicRight) {}

  private KeyFindingEval() {}

  public static List<Row> byMode(long seed, int perKey) {
    MidiAnalyzer analyzer = MidiAnalyzer.withDefaults();
    KeyEstimator kk = new KeyEstimator(KeyProfile.KRUMHANSL_KESSLER);
    KeyEstimator temperley = new KeyEstimator(KeyProfile.TEMPERLEY);
    int[][] counts = new int[Mode.values().length][7];
    for (ModalTunes.Tune tune : KeyModelFit.tunes(seed, perKey)) {
      byte[] midi = MidiWriter.write(tune.song());
      int[] row = counts[tune.mode().ordinal()];
      row[0]++;
      row[1] += tune.endsOnTonic() ? 0 : 1;
      KeyResult key = analyzer.analyze(midi).key();
      int tonic = pitchClass(key.tonic());
      row[2] += tonic == tune.tonic() ? 1 : 0;
      row[3] += tonic == tune.tonic() && key.mode().equals(tune.mode().label()) ? 1 : 0;
      double[] histogram = histogram(midi);
      Tonality byKk = kk.estimate(histogram).key();
      row[4] += byKk.tonic() == tune.tonic() ? 1 : 0;
      row[5] += byKk.tonic() == tune.tonic() && byKk.mode().equals(tune.mode().label()) ? 1 : 0;
      row[6] += temperley.estimate(histogram).key().tonic() == tune.tonic() ? 1 : 0;
    }
    List<Row> rows = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      int[] c = counts[mode.ordinal()];
      rows.add(new Row(mode.label(), c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
    }
    return rows;
  }

  static double[] histogram(byte[] midi) {
    double[] histogram = new double[12];
    MidiReader.read(midi, ReadLimits.defaults()).pitchedNotes()
        .forEach(note -> histogram[note.pitchClass()] += note.duration());
    return histogram;
  }

  static int pitchClass(String tonic) {
    return dev.cadenza.theory.Note.parse(tonic).pitchClass();
  }
}
