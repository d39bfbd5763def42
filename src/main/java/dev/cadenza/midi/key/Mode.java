package dev.cadenza.midi.key;

import java.util.Locale;
import java.util.Optional;

/**
 * The seven modes key finding names. {@link #MINOR} stands for the whole minor family (natural,
 * harmonic and melodic): its scale is the aeolian, and its profile also expects the raised seventh.
 * Each mode lies a fixed number of semitones above the major key that shares its signature (its
 * parent): D dorian has the signature of C major.
 */
public enum Mode {
  MAJOR(0, new int[] {0, 2, 4, 5, 7, 9, 11}, 11, "major seventh (leading tone) over a major third"),
  DORIAN(2, new int[] {0, 2, 3, 5, 7, 9, 10}, 9, "raised sixth over a minor third"),
  PHRYGIAN(4, new int[] {0, 1, 3, 5, 7, 8, 10}, 1, "lowered second over a minor third"),
  LYDIAN(5, new int[] {0, 2, 4, 6, 7, 9, 11}, 6, "raised fourth over a major third"),
  MIXOLYDIAN(7, new int[] {0, 2, 4, 5, 7, 9, 10}, 10, "lowered seventh over a major third"),
  MINOR(9, new int[] {0, 2, 3, 5, 7, 8, 10}, 8, "minor sixth over a minor third"),
  LOCRIAN(11, new int[] {0, 1, 3, 5, 6, 8, 10}, 6, "diminished fifth over a minor third");

  private final int aboveParent;
  private final int[] scale;
  private final int characteristic;
  private final String sign;

  Mode(int aboveParent, int[] scale, int characteristic, String sign) {
    this.aboveParent = aboveParent;
    this.scale = scale;
    this.characteristic = characteristic;
    this.sign = sign;
  }

  /** "dorian", "minor", ... as reported. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a mode name as ABC writes it: "" or "m", else only the first three letters count ("Dor",
   * "dorian", "MIX", "aeolian", "ionian", "maj"); empty for anything else.
   */
  public static Optional<Mode> parse(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return Optional.of(MAJOR);
    }
    if (word.equals("m")) {
      return Optional.of(MINOR);
    }
    if (word.length() < 3) {
      return Optional.empty();
    }
    return Optional.ofNullable(switch (word.substring(0, 3)) {
      case "maj", "ion" -> MAJOR;
      case "min", "aeo" -> MINOR;
      case "dor" -> DORIAN;
      case "phr" -> PHRYGIAN;
      case "lyd" -> LYDIAN;
      case "mix" -> MIXOLYDIAN;
      case "loc" -> LOCRIAN;
      default -> null;
    });
  }

  /** Semitones from the parent major key's tonic up to this mode's tonic. */
  public int aboveParent() {
    return aboveParent;
  }

  /** The seven scale degrees as semitones above the tonic. */
  int[] scale() {
    return scale.clone();
  }

  boolean hasMinorThird() {
    return scale[2] == 3;
  }

  /** The degree (semitones above the tonic) that tells this mode apart from its nearest neighbour. */
  int characteristic() {
    return characteristic;
  }

  /** What the characteristic degree looks like, e.g. "raised sixth over a minor third". */
  String sign() {
    return sign;
  }
}
