package dev.cadenza.midi;

/**
 * A time signature such as 3/4 or 6/8. Bar and beat numbers use the denominator as the beat: in
 * 6/8 beat 4 is the fourth eighth note.
 *
 * @param numerator beats in a bar, 1 to 64
 * @param denominator the beat's note value, a power of two from 1 to 64
 */
public record TimeSignature(int numerator, int denominator) {

  /** The meter assumed when a file has no time signature. */
  public static final TimeSignature COMMON_TIME = new TimeSignature(4, 4);

  public TimeSignature {
    if (numerator < 1 || numerator > 64) {
      throw new IllegalArgumentException("illegal numerator: " + numerator + ", must be 1 to 64");
    }
    if (denominator < 1 || denominator > 64 || Integer.bitCount(denominator) != 1) {
      throw new IllegalArgumentException("illegal denominator: " + denominator + ", must be a power of two from 1 to 64");
    }
  }

  /** The usual written form, e.g. {@code 3/4}. */
  public String label() {
    return numerator + "/" + denominator;
  }

  /** Quarter notes in one bar. */
  public double quartersPerBar() {
    return numerator * quartersPerBeat();
  }

  /** Quarter notes in one beat. */
  public double quartersPerBeat() {
    return 4.0 / denominator;
  }

  /** Beats grouped into one felt pulse: three in compound meters such as 6/8 and 12/8, otherwise one. */
  public int beatsPerPulse() {
    return numerator % 3 == 0 && numerator > 3 && denominator >= 8 ? 3 : 1;
  }

  /** Whether a beat (1-based, may be fractional) is the downbeat or the middle of a bar with an even pulse count. */
  public boolean isStrongBeat(double beat) {
    double pulse = (beat - 1) / beatsPerPulse();
    int pulses = numerator / beatsPerPulse();
    return Math.abs(pulse) < 1e-6 || (pulses % 2 == 0 && pulses > 2 && Math.abs(pulse - pulses / 2.0) < 1e-6);
  }
}
