package dev.cadenza.midi;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import java.util.Locale;
import java.util.Map;

/**
 * Chord symbols and Roman numerals for chords found by pitch class. The root is spelled from its
 * scale degree (Bb as bVII in C major, not A#), a secondary dominant from the chord it leads to.
 */
final class ChordNames {

  private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII"};
  /** For each semitone above the tonic: the scale degree (0-based) and its alteration, major keys. */
  private static final int[][] MAJOR_DEGREES = {
      {0, 0}, {1, -1}, {1, 0}, {2, -1}, {2, 0}, {3, 0}, {3, 1}, {4, 0}, {5, -1}, {5, 0}, {6, -1}, {6, 0}};
  /** The same against natural minor: the raised sixth and seventh are degrees 6 and 7 raised. */
  private static final int[][] MINOR_DEGREES = {
      {0, 0}, {1, -1}, {1, 0}, {2, 0}, {2, 1}, {3, 0}, {3, 1}, {4, 0}, {5, 0}, {5, 1}, {6, 0}, {6, 1}};
  /** Degrees a secondary dominant may tonicise: the diatonic major and minor triads other than I. */
  private static final Map<Integer, String> MAJOR_TARGETS = Map.of(2, "ii", 4, "iii", 5, "IV", 7, "V", 9, "vi");
  private static final Map<Integer, String> MINOR_TARGETS = Map.of(3, "III", 5, "iv", 7, "V", 8, "VI", 10, "VII");
  private static final String[] TRIAD_FIGURES = {"", "6", "64"};
  private static final String[] SEVENTH_FIGURES = {"7", "65", "43", "42"};

  private ChordNames() {}

  /** A lead-sheet symbol such as "D7", "Bb", "F#dim7" or "C/E", spelled in a key by the theory engine. */
  static String symbol(Chord chord, Tonality tonality, Key key) {
    Note root = root(chord, tonality, key);
    int inversion = chord.inversion();
    Note bass = inversion >= 0 ? dev.cadenza.theory.Chord.of(root, chord.kind().type()).tones().get(inversion)
        : Note.fromMidi(60 + chord.bass(), key).withoutOctave();
    return new dev.cadenza.theory.Chord(root, chord.kind().type(), bass).symbol();
  }

  /** The Roman numeral in a key with inversion figures: "V65", "ii6", "viiø7", "V7/V", "bVII". */
  static String roman(Chord chord, Tonality tonality, Key key) {
    String target = secondaryTarget(chord, tonality);
    if (target != null) {
      boolean dominant = chord.kind().hasMajorThird();
      return (dominant ? "V" : "vii" + quality(chord.kind())) + figure(chord) + "/" + target;
    }
    int degree = tonality.degreeOf(chord.root());
    int[] place = (key.mode() == Key.Mode.MINOR ? MINOR_DEGREES : MAJOR_DEGREES)[degree];
    boolean raisedInMinor = key.mode() == Key.Mode.MINOR && (degree == 9 || degree == 11);
    String accidental = raisedInMinor || place[1] == 0 ? "" : place[1] < 0 ? "b" : "#";
    String numeral = NUMERALS[place[0]];
    numeral = chord.kind().hasMajorThird() ? numeral : numeral.toLowerCase(Locale.ROOT);
    return accidental + numeral + quality(chord.kind()) + figure(chord);
  }

  private static Note root(Chord chord, Tonality tonality, Key key) {
    String target = secondaryTarget(chord, tonality);
    if (target != null) {
      int targetDegree = (chord.kind().hasMajorThird() ? chord.root() + 5 : chord.root() + 1) % 12;
      Note goal = degreeNote(tonality.degreeOf(targetDegree), key);
      return chord.kind().hasMajorThird() ? goal.transpose(Interval.parse("P5")) : goal.transposeDown(Interval.parse("m2"));
    }
    return degreeNote(tonality.degreeOf(chord.root()), key);
  }

  private static Note degreeNote(int semitones, Key key) {
    int[] place = (key.mode() == Key.Mode.MINOR ? MINOR_DEGREES : MAJOR_DEGREES)[semitones];
    Note scaleNote = key.scale().notes().get(place[0]);
    return Note.of(scaleNote.letter(), scaleNote.accidental() + place[1]);
  }

  /** The numeral of the chord a non-diatonic dominant or leading-tone chord tonicises, or null. */
  private static String secondaryTarget(Chord chord, Tonality key) {
    boolean diatonic = true;
    for (int interval : chord.kind().intervals()) {
      diatonic &= ChordMatcher.belongsTo(key, (chord.root() + interval) % 12);
    }
    ChordKind kind = chord.kind();
    Map<Integer, String> targets = key.minor() ? MINOR_TARGETS : MAJOR_TARGETS;
    if (diatonic) {
      return null;
    }
    if (kind == ChordKind.MAJOR || kind == ChordKind.DOMINANT_SEVENTH) {
      return targets.get(key.degreeOf(chord.root() + 5));
    }
    boolean leading = kind == ChordKind.DIMINISHED || kind == ChordKind.DIMINISHED_SEVENTH
        || kind == ChordKind.HALF_DIMINISHED_SEVENTH;
    return leading ? targets.get(key.degreeOf(chord.root() + 1)) : null;
  }

  private static String quality(ChordKind kind) {
    return switch (kind) {
      case DIMINISHED, DIMINISHED_SEVENTH -> "°";
      case AUGMENTED -> "+";
      case HALF_DIMINISHED_SEVENTH -> "ø";
      case MAJOR_SEVENTH -> "M";
      default -> "";
    };
  }

  private static String figure(Chord chord) {
    int inversion = Math.max(0, chord.inversion());
    return chord.kind().isSeventh() ? SEVENTH_FIGURES[inversion] : TRIAD_FIGURES[inversion];
  }
}
