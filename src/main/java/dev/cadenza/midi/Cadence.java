package dev.cadenza.midi;

import dev.cadenza.midi.harmony.CadenceDetector;
import java.util.Map;

/**
 * A cadence, placed at the arrival chord.
 *
 * @param type "PAC" (perfect authentic), "IAC" (imperfect authentic), "HC" (half), "plagal" or "deceptive"
 * @param key the local key, e.g. "G major"
 * @param progression the two chords as Roman numerals, e.g. "V7–I"
 */
public record Cadence(int bar, double beat, String type, String key, String progression) {
  private static final Map<String, String> FULL_NAMES = Map.of(
      CadenceDetector.PAC, "perfect authentic cadence", CadenceDetector.IAC, "imperfect authentic cadence",
      CadenceDetector.HC, "half cadence", CadenceDetector.PLAGAL, "plagal cadence",
      CadenceDetector.DECEPTIVE, "deceptive cadence");

  /** The type in words, e.g. "perfect authentic cadence". */
  public String fullName() {
    return FULL_NAMES.get(type);
  }
}
