package dev.cadenza.theory;

/** Regular-expression pieces for note and key names as written in prose, shared by the QA and the verifier. */
final class ProsePatterns {
  /** A spelled note with an upper-case letter: "C", "Eb", "F##", "Fx", "E flat", "F-sharp", "G double sharp". */
  static final String NOTE =
      "[A-G](?:##|#|bb|b|x|\\s?-?(?:double[\\s-]?sharp|double[\\s-]?flat|sharp|flat)(?![a-z]))?";

  private ProsePatterns() {}

  /**
   * A key name in group 1, not inside a word: "Db major", "F# minor", "E-flat major", and "f# minor" when
   * lower-case tonics are allowed; the mode word is optional unless required. The spaces before the mode
   * word are possessive: after a long run of spaces a failed match gives them back in one step, not one by one.
   */
  static String key(boolean lowerCaseTonic, boolean modeRequired) {
    return "(?<![\\w#'])([" + (lowerCaseTonic ? "A-Ga-g" : "A-G") + "](?:##|#|bb|b|x|\\s?-?(?:sharp|flat)(?![a-z]))?"
        + "(?:\\s*+-?\\s*+(?i:major|minor))" + (modeRequired ? "" : "?") + ")(?![\\w#])";
  }
}
