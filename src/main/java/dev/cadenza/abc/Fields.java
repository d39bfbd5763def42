package dev.cadenza.abc;

import dev.cadenza.midi.TimeSignature;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values of the M:, L: and Q: fields; lengths are in quarter notes. */
final class Fields {

  private static final Pattern FRACTION = Pattern.compile("(\\d{1,4})(?:/(\\d{1,4}))?");
  private static final Pattern METER = Pattern.compile("\\(?(\\d{1,2}(?:\\+\\d{1,2})*)\\)?/(\\d{1,2})");
  private static final Pattern TEMPO = Pattern.compile("((?:\\d{1,4}/\\d{1,4}\\s*)+)=\\s*(\\d{1,4})|(\\d{1,4})");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

  private Fields() {}

  /** M: "3/4", "C" (4/4), "C|" (2/2), "(2+3)/8"; empty for "none" (free meter). */
  static Optional<TimeSignature> meter(String value, int line, int column) {
    String text = value.strip();
    if (text.equals("none") || text.isEmpty()) {
      return Optional.empty();
    }
    if (text.equals("C")) {
      return Optional.of(new TimeSignature(4, 4));
    }
    if (text.equals("C|")) {
      return Optional.of(new TimeSignature(2, 2));
    }
    Matcher m = METER.matcher(text);
    if (m.matches()) {
      int beats = 0;
      for (String part : m.group(1).split("\\+")) {
        beats += Integer.parseInt(part);
      }
      int unit = Integer.parseInt(m.group(2));
      if (beats >= 1 && beats <= 64 && unit <= 64 && Integer.bitCount(unit) == 1) {
        return Optional.of(new TimeSignature(beats, unit));
      }
    }
    throw new AbcException(line, column, "'" + text + "' is not a meter; write e.g. 3/4, 6/8, C, C| or none");
  }

  /** L: "1/8" as quarter notes (0.5). */
  static double unitLength(String value, int line, int column) {
    Matcher m = FRACTION.matcher(value.strip());
    if (m.matches()) {
      int numerator = Integer.parseInt(m.group(1));
      int denominator = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      if (numerator > 0 && denominator > 0) {
        return 4.0 * numerator / denominator;
      }
    }
    throw new AbcException(line, column, "'" + value.strip() + "' is not a note length; write e.g. 1/8 or 1/16");
  }

  /**
   * Q: "1/4=120", "3/8=60", "1/4 1/8=70", "\"Allegro\" 1/4=120", or a bare "120" counted in unit lengths;
   * the tempo in quarter notes per minute, or empty when the field gives none (a word alone).
   */
  static Optional<Double> tempo(String value, double unitLength) {
    Matcher m = TEMPO.matcher(QUOTED.matcher(value).replaceAll(" ").strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(3) != null) {
      return Optional.of(Integer.parseInt(m.group(3)) * unitLength);
    }
    double beat = 0;
    for (String fraction : m.group(1).strip().split("\\s+")) {
      String[] parts = fraction.split("/");
      beat += 4.0 * Integer.parseInt(parts[0]) / Math.max(1, Integer.parseInt(parts[1]));
    }
    return Optional.of(Integer.parseInt(m.group(2)) * beat);
  }
}
