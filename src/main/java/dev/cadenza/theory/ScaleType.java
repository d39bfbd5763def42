package dev.cadenza.theory;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scale and mode formulas as intervals above the tonic. Heptatonic scales use one letter per degree,
 * so their spelling follows from the intervals alone.
 */
public enum ScaleType {
  MAJOR("major", "P1 M2 M3 P4 P5 M6 M7", "", "ionian", "major scale"),
  NATURAL_MINOR("natural minor", "P1 M2 m3 P4 P5 m6 m7", "", "minor", "aeolian"),
  HARMONIC_MINOR("harmonic minor", "P1 M2 m3 P4 P5 m6 M7", ""),
  MELODIC_MINOR("melodic minor", "P1 M2 m3 P4 P5 M6 M7",
      "ascending form; in classical practice the descending form is the natural minor, while jazz uses"
          + " the ascending form both ways", "jazz minor", "ascending melodic minor"),
  DORIAN("dorian", "P1 M2 m3 P4 P5 M6 m7", ""),
  PHRYGIAN("phrygian", "P1 m2 m3 P4 P5 m6 m7", ""),
  LYDIAN("lydian", "P1 M2 M3 A4 P5 M6 M7", ""),
  MIXOLYDIAN("mixolydian", "P1 M2 M3 P4 P5 M6 m7", ""),
  LOCRIAN("locrian", "P1 m2 m3 P4 d5 m6 m7", ""),
  MAJOR_PENTATONIC("major pentatonic", "P1 M2 M3 P5 M6", "", "pentatonic"),
  MINOR_PENTATONIC("minor pentatonic", "P1 m3 P4 P5 m7", ""),
  BLUES("blues", "P1 m3 P4 A4 P5 m7",
      "the hexatonic minor blues scale 1 b3 4 #4 5 b7; the blue note is spelled as a raised 4th here"
          + " and is also often written as a flat 5th", "minor blues", "blues scale", "hexatonic blues"),
  WHOLE_TONE("whole tone", "P1 M2 M3 A4 A5 A6",
      "spelled 1 2 3 #4 #5 #6; the last degree is also often written b7", "whole tone scale"),
  OCTATONIC_HALF_WHOLE("octatonic half-whole", "P1 m2 m3 M3 A4 P5 M6 m7",
      "spelled 1 b2 b3 3 #4 5 6 b7; eight notes, so one letter appears twice", "half whole",
      "half whole diminished", "dominant diminished", "octatonic"),
  OCTATONIC_WHOLE_HALF("octatonic whole-half", "P1 M2 m3 P4 d5 m6 M6 M7",
      "spelled 1 2 b3 4 b5 b6 6 7; eight notes, so one letter appears twice", "whole half",
      "whole half diminished", "diminished scale"),
  CHROMATIC("chromatic", "P1 m2 M2 m3 M3 P4 A4 P5 m6 M6 m7 M7",
      "the harmonic chromatic spelling 1 b2 2 b3 3 4 #4 5 b6 6 b7 7, the same up and down"),
  HARMONIC_MAJOR("harmonic major", "P1 M2 M3 P4 P5 m6 M7", ""),
  DORIAN_FLAT_2("dorian b2", "P1 m2 m3 P4 P5 M6 m7",
      "the second mode of melodic minor", "phrygian #6", "phrygian natural 6"),
  LYDIAN_AUGMENTED("lydian augmented", "P1 M2 M3 A4 A5 M6 M7",
      "the third mode of melodic minor", "lydian #5"),
  LYDIAN_DOMINANT("lydian dominant", "P1 M2 M3 A4 P5 M6 m7",
      "the fourth mode of melodic minor", "lydian b7", "overtone", "acoustic", "mixolydian #4"),
  MIXOLYDIAN_FLAT_6("mixolydian b6", "P1 M2 M3 P4 P5 m6 m7",
      "the fifth mode of melodic minor", "aeolian dominant", "melodic major"),
  LOCRIAN_NATURAL_2("locrian natural 2", "P1 M2 m3 P4 d5 m6 m7",
      "the sixth mode of melodic minor, also called half-diminished", "locrian #2", "half diminished",
      "aeolian b5"),
  ALTERED("altered", "P1 m2 m3 d4 d5 m6 m7",
      "the seventh mode of melodic minor, spelled one letter per degree 1 b2 b3 b4 b5 b6 b7; jazz"
          + " players often write the b4 as the 3rd, the b2 and b3 as b9 and #9, b5 and b6 as #11 and b13",
      "super locrian", "superlocrian", "altered dominant", "diminished whole tone");

  private final String displayName;
  private final List<Interval> intervals;
  private final String convention;
  private final List<String> aliases;

  ScaleType(String displayName, String intervals, String convention, String... aliases) {
    this.displayName = displayName;
    this.intervals = Arrays.stream(intervals.split(" ")).map(Interval::parse).toList();
    this.convention = convention;
    this.aliases = Arrays.stream(aliases).map(ScaleType::normalise).toList();
  }

  /** "major", "harmonic minor", "lydian dominant". */
  public String displayName() {
    return displayName;
  }

  /** The intervals above the tonic, ascending, tonic (P1) first. */
  public List<Interval> intervals() {
    return intervals;
  }

  /** The spelling or usage convention where practice varies; empty when there is nothing to say. */
  public Optional<String> convention() {
    return convention.isEmpty() ? Optional.empty() : Optional.of(convention);
  }

  /** Seven notes, one per letter: the scales whose degrees have the names tonic to leading tone. */
  public boolean isHeptatonic() {
    return intervals.size() == 7;
  }

  /** The degree formula relative to the major scale, e.g. "1 b3 4 #4 5 b7" for the blues scale. */
  public String formula() {
    return String.join(" ", intervals.stream().map(Interval::degreeLabel).toList());
  }

  /**
   * The scale type named by {@code text}: "lydian", "Harmonic Minor", "dorian ♭2", "super-locrian",
   * "blues scale", "phrygian mode".
   */
  public static Optional<ScaleType> parse(String text) {
    String name = normalise(text);
    ScaleType type = Names.BY_NAME.get(name);
    return Optional.ofNullable(type != null ? type : Names.BY_NAME.get(Spelling.SCALE_NOUN.matcher(name).replaceFirst("")));
  }

  /** Every type by its normalised name and aliases; the first type in declaration order keeps a shared one. */
  private static final class Names {
    static final Map<String, ScaleType> BY_NAME = byName();

    private static Map<String, ScaleType> byName() {
      Map<String, ScaleType> names = new HashMap<>();
      for (ScaleType type : values()) {
        names.putIfAbsent(normalise(type.displayName), type);
        type.aliases.forEach(alias -> names.putIfAbsent(alias, type));
      }
      return Map.copyOf(names);
    }
  }

  /** In a class of their own: the constants' constructors normalise aliases before the enum's own statics exist. */
  private static final class Spelling {
    static final Pattern SCALE_NOUN = Pattern.compile(" (scale|mode)$");
    static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s-]+");
    static final Pattern FLAT_DEGREE = Pattern.compile("\\bflat (\\d)");
    static final Pattern SHARP_DEGREE = Pattern.compile("\\bsharp (\\d)");
    static final Pattern NATURAL_DEGREE = Pattern.compile("\\b(?:nat|natural) ?(\\d)");
    static final Pattern SIGN_BEFORE_DEGREE = Pattern.compile("([b#]) (\\d)");
  }

  private static String normalise(String text) {
    String s = Accidentals.asciify(text.replace("♮", "natural ")).toLowerCase(Locale.ROOT);
    s = Spelling.SPACES_AND_HYPHENS.matcher(s).replaceAll(" ");
    s = Spelling.FLAT_DEGREE.matcher(s).replaceAll("b$1");
    s = Spelling.SHARP_DEGREE.matcher(s).replaceAll("#$1");
    s = Spelling.NATURAL_DEGREE.matcher(s).replaceAll("natural $1");
    return Spelling.SIGN_BEFORE_DEGREE.matcher(s).replaceAll("$1$2").strip();
  }
}
