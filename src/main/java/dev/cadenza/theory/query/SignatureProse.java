package dev.cadenza.theory.query;

/** "5 flats", "1 sharp", "no sharps or flats". */
final class SignatureProse {
  private SignatureProse() {}

  static String count(int fifths) {
    if (fifths == 0) return "no sharps or flats";
    int n = Math.abs(fifths);
    return n + (fifths > 0 ? " sharp" : " flat") + (n == 1 ? "" : "s");
  }
}
