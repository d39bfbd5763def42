package dev.cadenza.midi.key;

import dev.cadenza.midi.MidiReader;
import dev.cadenza.midi.MidiScore;
import dev.cadenza.midi.MidiWriter;
import dev.cadenza.midi.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits {@link ModalKeyModel}'s weights: multinomial logistic regression over the 84 candidate keys
 * of generated tunes (every mode on every tonic, half of them harmonised), by gradient ascent on the
 * mean log-likelihood with a small L2 penalty. Deterministic for a seed. A clue may get a negative
 * weight where it overlaps with the profile fit or another clue: the weights are read together.
 */
public final class KeyModelFit {

  private static final int ROUNDS = 1500;
  private static final double RATE = 2.0;
  private static final double L2 = 1e-3;

  /** One tune's features (candidate x feature) and the index of its true key. */
  record Example(double[][] features, int label) {}

  private KeyModelFit() {}

  /** The fitted weights, profile fit first, from {@code perKey} tunes per mode and tonic. */
  public static double[] fit(long seed, int perKey) {
    List<Example> examples = new ArrayList<>();
    for (ModalTunes.Tune tune : tunes(seed, perKey)) {
      MidiScore score = MidiReader.read(MidiWriter.write(tune.song()), ReadLimits.defaults());
      TonicEvidence evidence = TonicEvidence.of(score.pitchedNotes(), score.timeline());
      double[][] features = new double[ModalKeyModel.candidates()][];
      for (int c = 0; c < features.length; c++) {
        features[c] = ModalKeyModel.features(evidence, c);
      }
      examples.add(new Example(features, ModalKeyModel.candidate(tune.tonic(), tune.mode())));
    }
    return ascend(examples);
  }

  /** {@code perKey} tunes for every mode and tonic, alternating plain and harmonised. */
  static List<ModalTunes.Tune> tunes(long seed, int perKey) {
    Random random = new Random(seed);
    List<ModalTunes.Tune> tunes = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      for (int tonic = 0; tonic < 12; tonic++) {
        for (int take = 0; take < perKey; take++) {
          tunes.add(ModalTunes.generate(tonic, mode, take % 2 == 1, random));
        }
      }
    }
    return tunes;
  }

  private static double[] ascend(List<Example> examples) {
    double[] weights = new double[ModalKeyModel.features()];
    weights[0] = 1;
    for (int round = 0; round < ROUNDS; round++) {
      double[] gradient = new double[weights.length];
      for (Example example : examples) {
        double[] scores = new double[example.features().length];
        for (int c = 0; c < scores.length; c++) {
          scores[c] = dot(weights, example.features()[c]);
        }
        double[] p = ModalKeyModel.softmax(scores);
        for (int c = 0; c < scores.length; c++) {
          double target = c == example.label() ? 1 : 0;
          for (int f = 0; f < weights.length; f++) {
            gradient[f] += (target - p[c]) * example.features()[c][f];
          }
        }
      }
      for (int f = 0; f < weights.length; f++) {
        weights[f] += RATE * (gradient[f] / examples.size() - L2 * weights[f]);
      }
    }
    return weights;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
