package dev.cadenza.midi;

/** A position in the score: a 1-based bar and a 1-based, possibly fractional, beat within it. */
public record BarBeat(int bar, double beat) {

  /** The beat rounded to three decimals, as reported. */
  double roundedBeat() {
    return Rounding.thousandths(beat);
  }

  /** A beat as written in reports: "2" or "2.5". */
  public static String beatText(double beat) {
    double rounded = Rounding.thousandths(beat);
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
  }
}
