package dev.cadenza.midi;

/** A position in the score: a 1-based bar and a 1-based, possibly fractional, beat within it. */
record BarBeat(int bar, double beat) implements Comparable<BarBeat> {

  /** The beat rounded to three decimals, as reported. */
  double roundedBeat() {
    return Math.round(beat * 1000) / 1000.0;
  }

  /** "bar 3, beat 2" or "bar 3, beat 2.5", for messages. */
  String describe() {
    double b = roundedBeat();
    return "bar " + bar + ", beat " + (b == Math.rint(b) ? Long.toString((long) b) : Double.toString(b));
  }

  @Override
  public int compareTo(BarBeat other) {
    return bar != other.bar ? Integer.compare(bar, other.bar) : Double.compare(beat, other.beat);
  }
}
