package dev.cadenza.theory;

import java.util.Objects;

/**
 * A spelled interval: a quality and a number, simple (unison to octave) or compound (up to the
 * twenty-second). "M3" is a major third, "A6" an augmented sixth, "P12" a perfect twelfth.
 */
public record Interval(Quality quality, int number) {
  /** The largest number supported: three octaves. */
  public static final int MAX_NUMBER = 22;

  private static final int[] MAJOR_SEMITONES = {0, 2, 4, 5, 7, 9, 11};

  public Interval {
    Objects.requireNonNull(quality, "quality");
    if (number < 1 || number > MAX_NUMBER) {
      throw new IllegalArgumentException("illegal interval number: " + number + ", must be 1.." + MAX_NUMBER);
    }
    boolean perfectType = isPerfectType(number);
    if (perfectType ? !quality.fitsPerfectType() : !quality.fitsImperfectType()) {
      throw new IllegalArgumentException("no " + quality.word() + " " + IntervalNames.ordinalWord(number)
          + ": " + (perfectType ? "it is perfect, not major or minor" : "it is major or minor, not perfect"));
    }
  }

  public static Interval of(Quality quality, int number) {
    return new Interval(quality, number);
  }

  /** Parses short forms ("M3", "A6", "P12", "dd5") and names ("major third", "perfect 5th", "octave"). */
  public static Interval parse(String text) {
    return IntervalNames.parse(text)
        .orElseThrow(() -> new IllegalArgumentException("not an interval: '" + text + "'"));
  }

  /**
   * The ascending interval from {@code lower} up to {@code upper}. With octaves on both notes the
   * exact distance is measured (C4 to E5 is a major tenth); otherwise the upper note is taken as the
   * nearest one above by letter (C to E is a major third, F# to Eb a diminished seventh, C to Cb a
   * diminished octave).
   */
  public static Interval between(Note lower, Note upper) {
    if (lower.hasOctave() && upper.hasOctave()) {
      int steps = upper.diatonicIndex() - lower.diatonicIndex();
      if (steps < 0) {
        throw new IllegalArgumentException(upper + " is below " + lower + ": give the lower note first");
      }
      return fromSteps(steps, upper.midi() - lower.midi());
    }
    int steps = lower.letter().stepsUpTo(upper.letter());
    int nominal = MAJOR_SEMITONES[steps];
    int semitones = nominal + Math.floorMod(upper.pitchClass() - lower.pitchClass() - nominal + 6, 12) - 6;
    if (steps == 0 && semitones < 0) {
      return fromSteps(7, semitones + 12);
    }
    return fromSteps(steps, semitones);
  }

  /** The interval spanning {@code steps} letter steps and {@code semitones} semitones. */
  static Interval fromSteps(int steps, int semitones) {
    int number = steps + 1;
    boolean perfectType = isPerfectType(number);
    int nominal = MAJOR_SEMITONES[steps % 7] + 12 * (steps / 7);
    return Quality.ofOffset(semitones - nominal, perfectType)
        .map(q -> new Interval(q, number))
        .orElseThrow(() -> new IllegalArgumentException(
            "no interval name for " + semitones + " semitones over " + number + " letters"));
  }

  private static boolean isPerfectType(int number) {
    int simple = (number - 1) % 7;
    return simple == 0 || simple == 3 || simple == 4;
  }

  /** Letter steps spanned: 0 for a unison, 2 for a third, 7 for an octave. */
  public int steps() {
    return number - 1;
  }

  public int semitones() {
    int steps = steps();
    return MAJOR_SEMITONES[steps % 7] + 12 * (steps / 7) + quality.offset(isPerfectType(number));
  }

  public boolean isPerfectType() {
    return isPerfectType(number);
  }

  /** Larger than an octave. */
  public boolean isCompound() {
    return number > 8;
  }

  /** The interval reduced to an octave or less: a major tenth becomes a major third, P15 becomes P8. */
  public Interval simple() {
    if (number <= 8) {
      return this;
    }
    int reduced = (number - 1) % 7 + 1;
    return new Interval(quality, reduced == 1 ? 8 : reduced);
  }

  /**
   * The inversion of the simple interval: the numbers add to 9 and the semitones to 12 (M3 and m6, A4
   * and d5, P1 and P8). A compound interval is reduced first.
   */
  public Interval inversion() {
    Interval s = simple();
    return new Interval(s.quality.inverted(), 9 - s.number);
  }

  /** "M3", "A6", "P12". */
  public String shortName() {
    return quality.abbreviation() + number;
  }

  /** "major third", "augmented sixth", "perfect twelfth". */
  public String name() {
    return quality.word() + " " + IntervalNames.ordinalWord(number);
  }

  /** "major 3rd", "perfect 11th": the form used to describe chord tones. */
  public String ordinalName() {
    return quality.word() + " " + IntervalNames.ordinalDigits(number);
  }

  /** The scale-degree label relative to the major scale: "3", "b3", "#11", "bb7", "b5". */
  public String degreeLabel() {
    int alteration = quality.offset(isPerfectType());
    return (alteration < 0 ? "b".repeat(-alteration) : "#".repeat(alteration)) + number;
  }

  @Override
  public String toString() {
    return shortName();
  }
}
