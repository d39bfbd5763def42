package dev.cadenza.theory.query;

import dev.cadenza.theory.Key;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How ambiguous wordings are read. A lower-case numeral with no quality mark takes the key's diatonic
 * quality: vii is vii° (in minor on the raised leading tone), ii in minor is ii°, and with a 7 they become
 * the diatonic sevenths (viiø7 in major, vii°7 and iiø7 in minor).
 */
final class Conventions {
  private static final Pattern PLAIN = Pattern.compile("(vii|ii)(7|65|43|42|6|64)?");

  private Conventions() {}

  static String numeral(String numeral, Key key) {
    Matcher m = PLAIN.matcher(numeral);
    if (!m.matches()) return numeral;
    boolean minor = key.mode() == Key.Mode.MINOR;
    String figure = m.group(2) == null ? "" : m.group(2);
    boolean seventh = figure.equals("7") || figure.equals("65") || figure.equals("43") || figure.equals("42");
    if (m.group(1).equals("vii")) {
      return "vii" + (seventh && !minor ? "ø" : "°") + figure;
    }
    return minor ? "ii" + (seventh ? "ø" : "°") + figure : numeral;
  }

  /** Whether the convention changed what was written. */
  static boolean changed(String asked, String read) {
    return !asked.equals(read);
  }
}
