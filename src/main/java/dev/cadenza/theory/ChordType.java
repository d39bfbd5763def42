package dev.cadenza.theory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Chord qualities as full tertian stacks of intervals above the root, each with a canonical symbol
 * suffix (ASCII), a name, the tones commonly omitted in practice (by interval number), and the
 * convention chosen where practice varies.
 */
public enum ChordType {
  MAJOR("", "major triad", "P1 M3 P5", ""),
  MINOR("m", "minor triad", "P1 m3 P5", ""),
  AUGMENTED("aug", "augmented triad", "P1 M3 A5", ""),
  DIMINISHED("dim", "diminished triad", "P1 m3 d5", ""),
  SUSPENDED_SECOND("sus2", "suspended 2nd", "P1 M2 P5", ""),
  SUSPENDED_FOURTH("sus4", "suspended 4th", "P1 P4 P5", ""),
  MAJOR_SIXTH("6", "major 6th", "P1 M3 P5 M6", ""),
  MINOR_SIXTH("m6", "minor 6th", "P1 m3 P5 M6", ""),
  SIX_NINE("6/9", "6/9", "P1 M3 P5 M6 M9", "5"),
  ADDED_NINTH("add9", "added 9th", "P1 M3 P5 M9", ""),
  MINOR_ADDED_NINTH("madd9", "minor added 9th", "P1 m3 P5 M9", ""),
  ADDED_ELEVENTH("add11", "added 11th", "P1 M3 P5 P11", ""),
  MINOR_ADDED_ELEVENTH("madd11", "minor added 11th", "P1 m3 P5 P11", ""),
  DOMINANT_SEVENTH("7", "dominant 7th", "P1 M3 P5 m7", "5"),
  MAJOR_SEVENTH("maj7", "major 7th", "P1 M3 P5 M7", "5"),
  MINOR_SEVENTH("m7", "minor 7th", "P1 m3 P5 m7", "5"),
  MINOR_MAJOR_SEVENTH("mMaj7", "minor-major 7th", "P1 m3 P5 M7", "5"),
  HALF_DIMINISHED_SEVENTH("m7b5", "half-diminished 7th", "P1 m3 d5 m7", ""),
  DIMINISHED_SEVENTH("dim7", "diminished 7th", "P1 m3 d5 d7", ""),
  DIMINISHED_MAJOR_SEVENTH("dimMaj7", "diminished-major 7th", "P1 m3 d5 M7", ""),
  AUGMENTED_SEVENTH("aug7", "augmented 7th", "P1 M3 A5 m7", ""),
  AUGMENTED_MAJOR_SEVENTH("augMaj7", "augmented-major 7th", "P1 M3 A5 M7", ""),
  DOMINANT_SEVENTH_FLAT_FIVE("7b5", "dominant 7th flat 5", "P1 M3 d5 m7", ""),
  DOMINANT_SEVENTH_SUSPENDED_FOURTH("7sus4", "dominant 7th suspended 4th", "P1 P4 P5 m7", "5"),
  DOMINANT_NINTH("9", "dominant 9th", "P1 M3 P5 m7 M9", "5"),
  MAJOR_NINTH("maj9", "major 9th", "P1 M3 P5 M7 M9", "5"),
  MINOR_NINTH("m9", "minor 9th", "P1 m3 P5 m7 M9", "5"),
  MINOR_MAJOR_NINTH("mMaj9", "minor-major 9th", "P1 m3 P5 M7 M9", "5"),
  DIMINISHED_MAJOR_NINTH("dimMaj9", "diminished-major 9th", "P1 m3 d5 M7 M9", ""),
  HALF_DIMINISHED_NINTH("m9b5", "half-diminished 9th", "P1 m3 d5 m7 M9", ""),
  DOMINANT_ELEVENTH("11", "dominant 11th", "P1 M3 P5 m7 M9 P11", "3 5",
      "the 3rd is commonly omitted in practice because it clashes with the 11th"),
  MAJOR_ELEVENTH("maj11", "major 11th", "P1 M3 P5 M7 M9 P11", "3 5",
      "the 3rd is commonly omitted in practice because it clashes with the 11th"),
  MINOR_ELEVENTH("m11", "minor 11th", "P1 m3 P5 m7 M9 P11", "5 9",
      "the 11th sits well over the minor 3rd, so the 3rd is kept"),
  DOMINANT_THIRTEENTH("13", "dominant 13th", "P1 M3 P5 m7 M9 P11 M13", "11 5 9",
      "the 11th is usually omitted in practice because it clashes with the major 3rd"),
  MAJOR_THIRTEENTH("maj13", "major 13th", "P1 M3 P5 M7 M9 P11 M13", "11 5 9",
      "the 11th is usually omitted in practice because it clashes with the major 3rd"),
  MINOR_THIRTEENTH("m13", "minor 13th", "P1 m3 P5 m7 M9 P11 M13", "5 9 11",
      "over a minor 3rd the 11th does not clash, so it is kept more often than in major or dominant 13ths"),
  DOMINANT_SEVENTH_FLAT_NINTH("7b9", "dominant 7th flat 9", "P1 M3 P5 m7 m9", "5"),
  DOMINANT_SEVENTH_SHARP_NINTH("7#9", "dominant 7th sharp 9", "P1 M3 P5 m7 A9", "5"),
  DOMINANT_SEVENTH_SHARP_ELEVENTH("7#11", "dominant 7th sharp 11", "P1 M3 P5 m7 A11", "5"),
  DOMINANT_SEVENTH_FLAT_THIRTEENTH("7b13", "dominant 7th flat 13", "P1 M3 P5 m7 m13", "5"),
  DOMINANT_SEVENTH_FLAT_NINTH_SHARP_ELEVENTH("7b9#11", "dominant 7th flat 9 sharp 11",
      "P1 M3 P5 m7 m9 A11", "5"),
  DOMINANT_SEVENTH_SHARP_NINTH_SHARP_ELEVENTH("7#9#11", "dominant 7th sharp 9 sharp 11",
      "P1 M3 P5 m7 A9 A11", "5"),
  DOMINANT_SEVENTH_FLAT_NINTH_FLAT_THIRTEENTH("7b9b13", "dominant 7th flat 9 flat 13",
      "P1 M3 P5 m7 m9 m13", "5"),
  DOMINANT_SEVENTH_SHARP_NINTH_FLAT_THIRTEENTH("7#9b13", "dominant 7th sharp 9 flat 13",
      "P1 M3 P5 m7 A9 m13", "5"),
  DOMINANT_SEVENTH_FLAT_NINTH_SHARP_NINTH("7b9#9", "dominant 7th flat 9 sharp 9", "P1 M3 P5 m7 m9 A9", "5"),
  DOMINANT_NINTH_SHARP_ELEVENTH("9#11", "dominant 9th sharp 11", "P1 M3 P5 m7 M9 A11", "5"),
  DOMINANT_THIRTEENTH_FLAT_NINTH("13b9", "dominant 13th flat 9", "P1 M3 P5 m7 m9 P11 M13", "11 5",
      "the 11th is usually omitted in practice because it clashes with the major 3rd"),
  DOMINANT_THIRTEENTH_SHARP_ELEVENTH("13#11", "dominant 13th sharp 11", "P1 M3 P5 m7 M9 A11 M13", "5 9"),
  MAJOR_SEVENTH_SHARP_ELEVENTH("maj7#11", "major 7th sharp 11", "P1 M3 P5 M7 A11", "5"),
  ALTERED("7alt", "altered dominant 7th", "P1 M3 m7 m9 A9 A11 m13", "",
      "7alt is taken as root, 3rd, b7 with every altered tension: b9, #9, #11 (= b5) and b13 (= #5),"
          + " and no natural 5th; players choose a subset");

  private final String symbol;
  private final String displayName;
  private final List<Interval> intervals;
  private final List<Integer> omissions;
  private final String convention;

  ChordType(String symbol, String displayName, String intervals, String omissions) {
    this(symbol, displayName, intervals, omissions, "");
  }

  ChordType(String symbol, String displayName, String intervals, String omissions, String convention) {
    this.symbol = symbol;
    this.displayName = displayName;
    this.intervals = Arrays.stream(intervals.split(" ")).map(Interval::parse).toList();
    this.omissions = omissions.isEmpty()
        ? List.of()
        : Arrays.stream(omissions.split(" ")).map(Integer::valueOf).toList();
    this.convention = convention;
  }

  /** The canonical symbol suffix: "" for a major triad, "m7b5", "maj13", "7b9#11". */
  public String symbol() {
    return symbol;
  }

  /** "major 13th", "half-diminished 7th", "dominant 7th flat 9". */
  public String displayName() {
    return displayName;
  }

  /** The full tertian stack above the root, root (P1) first, ascending. */
  public List<Interval> intervals() {
    return intervals;
  }

  /** Interval numbers of tones commonly left out in practice, most often omitted first. */
  public List<Integer> omissions() {
    return omissions;
  }

  /** What practice does where it varies (which tones are left out, how 7alt is read); may be empty. */
  public Optional<String> convention() {
    return convention.isEmpty() ? Optional.empty() : Optional.of(convention);
  }

  /** The structure as degrees: "1 3 5 7 9 11 13" for maj13, "1 b3 b5 bb7" for dim7. */
  public String formula() {
    return String.join(" ", intervals.stream().map(Interval::degreeLabel).toList());
  }

  /** The type with exactly these intervals, if one is listed. */
  static Optional<ChordType> withIntervals(List<Interval> intervals) {
    return Arrays.stream(values()).filter(t -> t.intervals.equals(intervals)).findFirst();
  }
}
