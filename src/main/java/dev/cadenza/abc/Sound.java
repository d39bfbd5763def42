package dev.cadenza.abc;

/**
 * One written sound: a note, a chord (several pitches) or a rest (none). Lengths are in quarter notes;
 * a chord moves time on by its first note's length. Its lengths change only while its voice is being
 * read, when a broken-rhythm sign after it dots or halves it.
 */
final class Sound {

  final int[] pitches;
  final double[] lengths;
  final boolean[] tied;
  double advance;

  Sound(int[] pitches, double[] lengths, boolean[] tied, double advance) {
    this.pitches = pitches;
    this.lengths = lengths;
    this.tied = tied;
    this.advance = advance;
  }

  static Sound rest(double length) {
    return new Sound(new int[0], new double[0], new boolean[0], length);
  }

  void scale(double factor) {
    advance *= factor;
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] *= factor;
    }
  }
}
