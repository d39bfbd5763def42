package dev.cadenza.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Realises Roman numerals in a key and lists a key's diatonic chords.
 *
 * <p>Conventions: a numeral without a prefix sits on the key's own scale degree (natural minor in minor
 * keys, except that a diminished or half-diminished vii uses the raised leading tone); its case and
 * mark give the triad, so V in minor is major (harmonic minor) and VII is the major subtonic triad. A
 * "b" or "#" prefix alters the degree of the key's scale: bVI in C major is Ab. A plain 7 adds the
 * key's diatonic seventh (I7 in C major is Cmaj7, V7 is G7), or a minor seventh above a chromatic root;
 * ° with 7 gives a diminished seventh, ø7 a half-diminished seventh, "maj7" a major seventh. In minor
 * keys the diatonic chords use the harmonic-minor V, V7, vii° and vii°7 and natural minor otherwise.
 */
public final class RomanNumerals {
  private static final Pattern AUGMENTED_SIXTH = Pattern.compile("(It|Fr|Ger|Gr)(\\+?6|\\+?43|\\+?65)?");
  private static final Pattern CADENTIAL = Pattern.compile("(?i)cad(ential)?64|I64cad|cad");
  private static final Map<String, String> AUGMENTED_SIXTH_TONES =
      Map.of("It", "m6 P1 A4", "Fr", "m6 P1 M2 A4", "Ger", "m6 P1 m3 A4");
  private static final List<String> MAJOR_TRIADS = List.of("I", "ii", "iii", "IV", "V", "vi", "vii°");
  private static final List<String> MINOR_TRIADS = List.of("i", "ii°", "III", "iv", "V", "VI", "vii°");
  /** Natural minor, the seventh unraised: a minor v and a major VII a whole step below the tonic. */
  private static final List<String> NATURAL_MINOR_TRIADS = List.of("i", "ii°", "III", "iv", "v", "VI", "VII");
  private static final List<String> MAJOR_SEVENTHS =
      List.of("I7", "ii7", "iii7", "IV7", "V7", "vi7", "viiø7");
  private static final List<String> MINOR_SEVENTHS =
      List.of("i7", "iiø7", "III7", "iv7", "V7", "VI7", "vii°7");
  private static final List<String> NATURAL_MINOR_SEVENTHS =
      List.of("i7", "iiø7", "III7", "iv7", "v7", "VI7", "VII7");

  private RomanNumerals() {}

  /**
   * The chord a numeral stands for in {@code key}: "V7", "ii65", "vii°7/ii", "V/V", "bVI", "N6",
   * "It+6", "Fr+6", "Ger+6", "Cad64".
   */
  public static RomanChord realise(String numeral, Key key) {
    String text = RomanNumeral.normalise(numeral);
    if (CADENTIAL.matcher(text).matches()) {
      Chord tonic = new Chord(key.tonic(), tonicTriad(key), key.tonic().transpose(Interval.parse("P5")));
      return new RomanChord("Cad64", key, tonic.notes(), tonic.symbol(),
          "dominant: a cadential 6/4, the tonic triad over the dominant bass resolving to V (I64-V)");
    }
    var sixth = AUGMENTED_SIXTH.matcher(text);
    if (sixth.matches()) {
      String kind = sixth.group(1).equals("Gr") ? "Ger" : sixth.group(1);
      List<Note> notes = Arrays.stream(AUGMENTED_SIXTH_TONES.get(kind).split(" "))
          .map(i -> key.tonic().transpose(Interval.parse(i)))
          .toList();
      return new RomanChord(kind + "+6", key, notes, kind + "+6",
          "predominant: an augmented sixth chord on b6 whose augmented sixth (b6 up to #4) resolves"
              + " outward to the dominant octave");
    }
    if (text.equals("N6") || text.equals("N")) {
      RomanChord chord = realise(text.equals("N") ? "bII" : "bII6", key);
      return new RomanChord(text, key, chord.notes(), chord.symbol(),
          "predominant: the Neapolitan, a major triad on the lowered second degree"
              + (text.equals("N6") ? ", usually in first inversion" : ""));
    }
    int slash = text.indexOf('/');
    if (slash > 0) {
      return secondary(text.substring(0, slash), text.substring(slash + 1), key);
    }
    RomanNumeral parsed = RomanNumeral.parse(text)
        .orElseThrow(() -> new IllegalArgumentException("not a Roman numeral: '" + numeral + "'"));
    Chord chord = chord(parsed, key);
    return new RomanChord(text, key, chord.notes(), chord.symbol(), Harmony.function(parsed, chord, key));
  }

  /** The seven diatonic triads (minor keys: harmonic-minor V and vii°, natural minor otherwise). */
  public static List<RomanChord> diatonicTriads(Key key) {
    return realiseAll(key.mode() == Key.Mode.MAJOR ? MAJOR_TRIADS : MINOR_TRIADS, key);
  }

  /** The seven triads of a minor key's natural minor scale, the seventh degree unraised. */
  public static List<RomanChord> naturalMinorTriads(Key key) {
    return realiseAll(NATURAL_MINOR_TRIADS, key);
  }

  /** The seven seventh chords of a minor key's natural minor scale. */
  public static List<RomanChord> naturalMinorSevenths(Key key) {
    return realiseAll(NATURAL_MINOR_SEVENTHS, key);
  }

  /** The seven diatonic seventh chords (minor keys: harmonic-minor V7 and vii°7). */
  public static List<RomanChord> diatonicSevenths(Key key) {
    return realiseAll(key.mode() == Key.Mode.MAJOR ? MAJOR_SEVENTHS : MINOR_SEVENTHS, key);
  }

  /** Names a chord in a key: every fitting numeral, the most usual reading first. */
  public static List<RomanChord> analyse(Chord chord, Key key) {
    return RomanAnalysis.analyse(chord.notes(), key);
  }

  /** Names spelled notes, bass first, in a key; recognises augmented sixths too. */
  public static List<RomanChord> analyse(List<Note> notesFromBass, Key key) {
    return RomanAnalysis.analyse(notesFromBass, key);
  }

  private static List<RomanChord> realiseAll(List<String> numerals, Key key) {
    return numerals.stream().map(n -> realise(n, key)).toList();
  }

  private static RomanChord secondary(String primary, String target, Key key) {
    RomanNumeral goal = RomanNumeral.parse(target)
        .filter(g -> !g.seventh() && g.inversion() == 0)
        .orElseThrow(() -> new IllegalArgumentException("not a triad numeral to tonicise: '" + target + "'"));
    ChordType triad = goal.triad();
    if (triad != ChordType.MAJOR && triad != ChordType.MINOR) {
      throw new IllegalArgumentException(target + " is not a major or minor triad, so it cannot be tonicised");
    }
    Key local = new Key(root(goal, key), triad == ChordType.MAJOR ? Key.Mode.MAJOR : Key.Mode.MINOR);
    RomanChord applied = realise(primary, local);
    String upper = primary.toUpperCase(Locale.ROOT);
    String role = upper.startsWith("VII") ? "secondary leading-tone chord"
        : upper.startsWith("V") ? "secondary dominant" : "applied chord";
    return new RomanChord(primary + "/" + target, key, applied.notes(), applied.symbol(),
        role + " of " + target + " (" + local + ")");
  }

  /** The chord a plain numeral names: its root, triad and seventh, inverted as the figure says. */
  static Chord chord(RomanNumeral numeral, Key key) {
    Note root = root(numeral, key);
    ChordType type = numeral.seventh() ? seventhType(numeral, key, root) : numeral.triad();
    Chord rootPosition = Chord.of(root, type);
    return new Chord(root, type, rootPosition.tones().get(numeral.inversion()));
  }

  private static Note root(RomanNumeral numeral, Key key) {
    Note degree = key.scale().notes().get(numeral.degree() - 1);
    boolean leadingTone = key.mode() == Key.Mode.MINOR && numeral.degree() == 7 && numeral.accidental() == 0
        && (numeral.mark().equals("°") || numeral.mark().equals("ø"));
    if (leadingTone) {
      return key.tonic().transpose(Interval.parse("M7"));
    }
    return Note.of(degree.letter(), degree.accidental() + numeral.accidental());
  }

  private static ChordType seventhType(RomanNumeral numeral, Key key, Note root) {
    if (numeral.mark().equals("°") && !numeral.majorSeventh()) {
      return ChordType.DIMINISHED_SEVENTH;
    }
    if (numeral.mark().equals("ø")) {
      return ChordType.HALF_DIMINISHED_SEVENTH;
    }
    Interval seventh = Interval.parse(numeral.majorSeventh() ? "M7" : "m7");
    Note scaleDegree = key.scale().notes().get(numeral.degree() - 1);
    if (!numeral.majorSeventh() && numeral.accidental() == 0 && scaleDegree.equals(root)) {
      seventh = Interval.between(root, key.scale().notes().get((numeral.degree() + 5) % 7));
    }
    List<Interval> intervals = new ArrayList<>(numeral.triad().intervals());
    intervals.add(seventh);
    return ChordType.withIntervals(intervals).orElseThrow(
        () -> new IllegalArgumentException("no seventh chord for " + numeral + " in " + key));
  }

  private static ChordType tonicTriad(Key key) {
    return key.mode() == Key.Mode.MAJOR ? ChordType.MAJOR : ChordType.MINOR;
  }
}
