package dev.cadenza.theory;

import java.util.Locale;
import java.util.regex.Pattern;

/** ASCII spelling of accidentals, and the many ways people type them. */
public final class Accidentals {
  /** The lowest and highest alteration a spelled note may carry: double flat to double sharp. */
  static final int MIN = -2;

  static final int MAX = 2;

  /**
   * One accidental as typed: ASCII signs, "x" for a double sharp, or words ("flat", "double sharp",
   * "-sharp"). Apply {@link #asciify} first so that Unicode signs become ASCII.
   */
  static final String REGEX =
      "(?:\\s*-?\\s*(?i:double[\\s-]*sharp|double[\\s-]*flat|sharp|flat|natural)(?![a-z])|##|#|x|bb|b)";

  private static final Pattern DOUBLE_SHARP_WORD = Pattern.compile("(?i)double[\\s-]*sharp");
  private static final Pattern DOUBLE_FLAT_WORD = Pattern.compile("(?i)double[\\s-]*flat");

  private Accidentals() {}

  /** The ASCII sign for an alteration: "bb", "b", "", "#" or "##". */
  static String symbol(int accidental) {
    return switch (accidental) {
      case -2 -> "bb";
      case -1 -> "b";
      case 0 -> "";
      case 1 -> "#";
      case 2 -> "##";
      default -> throw new IllegalArgumentException("illegal accidental: " + accidental + ", must be -2..2");
    };
  }

  /** Replaces Unicode accidentals by ASCII ones: ♯ by #, ♭ by b, 𝄪 by ##, 𝄫 by bb, ♮ by nothing. */
  public static String asciify(String text) {
    return text.replace("𝄪", "##")
        .replace("𝄫", "bb")
        .replace("♯", "#")
        .replace("♭", "b")
        .replace("♮", "");
  }

  /** The alteration an accidental as matched by {@link #REGEX} stands for; blank means natural. */
  static int parse(String accidental) {
    String s = accidental.strip();
    if (s.startsWith("-")) {
      s = s.substring(1).strip();
    }
    if (DOUBLE_SHARP_WORD.matcher(s).matches()) {
      return 2;
    }
    if (DOUBLE_FLAT_WORD.matcher(s).matches()) {
      return -2;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "", "natural" -> 0;
      case "#", "sharp" -> 1;
      case "##", "x" -> 2;
      case "b", "flat" -> -1;
      case "bb" -> -2;
      default -> throw new IllegalArgumentException("not an accidental: '" + accidental + "'");
    };
  }
}
