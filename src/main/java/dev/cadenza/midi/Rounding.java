package dev.cadenza.midi;

/** Rounding for reported numbers, so JSON shows 1.5 rather than 1.4999999999999998. */
public final class Rounding {

  private Rounding() {}

  /** The value rounded to three decimals. */
  public static double thousandths(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
