package dev.cadenza.midi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.midi.key.KeyProfile;
import dev.cadenza.midi.key.KeyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Key finding over generated music in all 24 keys: a scale, the I–IV–V–I cadence and three
 * melodies (seeded) per key. The accuracy is printed for every profile; the default must reach the
 * stated bound.
 */
class KeyEstimationAccuracyTest {

  /** At least 95% of the 120 pieces must be named with the right tonic and mode. */
  private static final double REQUIRED_ACCURACY = 0.95;
  private static final long SEED = 20_240_601L;
  private static final String[] TONICS = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
  private static final String[] MINOR_TONICS = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"};

  private record Piece(String name, String tonic, String mode, byte[] data) {}

  private static List<Piece> pieces() {
    List<Piece> pieces = new ArrayList<>();
    for (int index = 0; index < 24; index++) {
      int tonic = index % 12;
      boolean minor = index >= 12;
      String name = (minor ? MINOR_TONICS : TONICS)[tonic];
      String mode = minor ? "minor" : "major";
      pieces.add(new Piece("scale in " + name + " " + mode, name, mode, Pieces.scale(tonic, minor)));
      pieces.add(new Piece("cadence in " + name + " " + mode, name, mode, Pieces.cadence(tonic, minor)));
      for (int take = 0; take < 3; take++) {
        long seed = SEED + 100L * index + take;
        pieces.add(new Piece("melody " + seed + " in " + name + " " + mode, name, mode, Pieces.melody(tonic, minor, seed)));
      }
    }
    return pieces;
  }

  private static double accuracy(KeyProfile profile, List<Piece> pieces) {
    MidiAnalyzer analyzer = new MidiAnalyzer(AnalyzerOptions.defaults().withProfile(profile));
    int right = 0;
    for (Piece piece : pieces) {
      KeyResult key = analyzer.analyze(piece.data()).key();
      if (key.tonic().equals(piece.tonic()) && key.mode().equals(piece.mode())) {
        right++;
      } else {
        System.out.println(profile + " missed " + piece.name() + ": " + key.tonic() + " " + key.mode());
      }
    }
    double accuracy = (double) right / pieces.size();
    System.out.println(String.format(Locale.ROOT, "key accuracy %s: %d/%d = %.1f%% (melody seeds from %d)",
        profile, right, pieces.size(), 100 * accuracy, SEED));
    return accuracy;
  }

  @Test
  void namesTheKeyOfGeneratedScalesCadencesAndMelodiesInAll24Keys() {
    List<Piece> pieces = pieces();
    for (KeyProfile other : KeyProfile.values()) {
      if (other != AnalyzerOptions.DEFAULT_PROFILE) {
        accuracy(other, pieces);
      }
    }

    assertThat(accuracy(AnalyzerOptions.DEFAULT_PROFILE, pieces)).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
  }
}
