package dev.cadenza.midi.key;

/**
 * Key profiles for Krumhansl–Schmuckler key finding: how much each scale degree, from the tonic
 * up by semitones, is expected to sound in music in that key.
 */
public enum KeyProfile {
  /** Krumhansl and Kessler (1982): probe-tone ratings, the profiles of the original Krumhansl–Schmuckler method. */
  KRUMHANSL_KESSLER(
      new double[] {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88},
      new double[] {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17}),
  /** Temperley (1999), "What's key for key?": sharper contrast between scale and chromatic degrees. */
  TEMPERLEY(
      new double[] {5.0, 2.0, 3.5, 2.0, 4.5, 4.0, 2.0, 4.5, 2.0, 3.5, 1.5, 4.0},
      new double[] {5.0, 2.0, 3.5, 4.5, 2.0, 4.0, 2.0, 4.5, 3.5, 2.0, 1.5, 4.0}),
  /** Albrecht and Shanahan (2013): duration-based frequencies from a corpus of common-practice pieces. */
  ALBRECHT_SHANAHAN(
      new double[] {0.238, 0.006, 0.111, 0.006, 0.137, 0.094, 0.016, 0.214, 0.009, 0.080, 0.008, 0.081},
      new double[] {0.220, 0.006, 0.104, 0.123, 0.019, 0.103, 0.012, 0.214, 0.062, 0.022, 0.061, 0.052});

  private final double[] major;
  private final double[] minor;

  KeyProfile(double[] major, double[] minor) {
    this.major = major;
    this.minor = minor;
  }

  /** The weight of the pitch class {@code semitones} above the tonic. */
  double weight(boolean minorMode, int semitones) {
    return (minorMode ? minor : major)[Math.floorMod(semitones, 12)];
  }
}
