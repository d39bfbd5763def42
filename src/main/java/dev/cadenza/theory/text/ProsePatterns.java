package dev.cadenza.theory.text;

/** Regular-expression pieces for note and key names as written in prose, shared by the QA and the verifier. */
public final class ProsePatterns {
  /** A spelled note with an upper-case letter: "C", "Eb", "F##", "Fx", "E flat", "F-sharp", "G double sharp". */
  public static final String NOTE =
      "[A-G](?:##|#|bb|b|x|\\s?-?(?:double[\\s-]?sharp|double[\\s-]?flat|sharp|flat)(?![a-z]))?";

  /** A scale degree as a Roman numeral, with an optional chromatic prefix: "V", "bVI", "#iv". */
  public static final String DEGREE = "(?:bb|b|#)?(?:VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)";

  /** A Roman numeral as written in prose, secondary target included. */
  public static final String NUMERAL = "(?<![\\w/])(" + DEGREE + "[°oø+]?(?:maj)?(?:7|65|43|42|2|64|6|6/5|4/3|4/2|6/4)?"
      + "(?:/" + DEGREE + ")?|N6|It\\+?6|Fr\\+?6|Ger\\+?6|Cad64|cad64)(?![\\w/+°ø])";

  private ProsePatterns() {}

  /**
   * A key name in group 1, not inside a word: "Db major", "F# minor", "E-flat major", and "f# minor" when
   * lower-case tonics are allowed; the mode word is optional unless required.
   */
  public static String key(boolean lowerCaseTonic, boolean modeRequired) {
    return "(?<![\\w#'])([" + (lowerCaseTonic ? "A-Ga-g" : "A-G") + "](?:##|#|bb|b|x|\\s?-?(?:sharp|flat)(?![a-z]))?"
        + "(?:\\s*-?\\s*(?i:major|minor))" + (modeRequired ? "" : "?") + ")(?![\\w#])";
  }
}
