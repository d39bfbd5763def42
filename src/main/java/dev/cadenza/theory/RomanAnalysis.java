package dev.cadenza.theory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names notes in a key with every numeral that realises them, ordered: diatonic, cadential 6/4,
 * secondary (applied) chords, Neapolitan, augmented sixths, borrowed, other chromatic chords.
 */
final class RomanAnalysis {
  private static final List<String> SECONDARY_PRIMARIES = List.of("V", "V7", "vii°", "vii°7", "viiø7");
  private static final List<String> AUGMENTED_SIXTHS = List.of("It+6", "Fr+6", "Ger+6");
  private static final Map<ChordType, String[]> MARKS = new LinkedHashMap<>();

  static {
    // Case (U upper, l lower), then the mark before the figure; a second entry is an alternative.
    MARKS.put(ChordType.MAJOR, new String[] {"U", ""});
    MARKS.put(ChordType.MINOR, new String[] {"l", ""});
    MARKS.put(ChordType.AUGMENTED, new String[] {"U", "+"});
    MARKS.put(ChordType.DIMINISHED, new String[] {"l", "°"});
    MARKS.put(ChordType.DOMINANT_SEVENTH, new String[] {"U", ""});
    MARKS.put(ChordType.MAJOR_SEVENTH, new String[] {"U", "", "maj"});
    MARKS.put(ChordType.MINOR_SEVENTH, new String[] {"l", ""});
    MARKS.put(ChordType.MINOR_MAJOR_SEVENTH, new String[] {"l", "maj"});
    MARKS.put(ChordType.HALF_DIMINISHED_SEVENTH, new String[] {"l", "ø"});
    MARKS.put(ChordType.DIMINISHED_SEVENTH, new String[] {"l", "°"});
    MARKS.put(ChordType.DIMINISHED_MAJOR_SEVENTH, new String[] {"l", "°maj"});
    MARKS.put(ChordType.AUGMENTED_SEVENTH, new String[] {"U", "+"});
    MARKS.put(ChordType.AUGMENTED_MAJOR_SEVENTH, new String[] {"U", "+maj"});
  }

  private RomanAnalysis() {}

  static List<RomanChord> analyse(List<Note> notesFromBass, Key key) {
    List<RomanChord> found = new ArrayList<>();
    for (String sixth : AUGMENTED_SIXTHS) {
      RomanChord chord = RomanNumerals.realise(sixth, key);
      if (same(chord.notes(), notesFromBass)) {
        found.add(chord);
      }
    }
    for (ChordMatch match : ChordIdentifier.identify(notesFromBass)) {
      Chord chord = match.chord();
      for (String numeral : candidates(chord, key)) {
        tryNumeral(numeral, key, chord.notes(), found);
      }
    }
    Set<String> seen = new HashSet<>();
    return found.stream()
        .filter(r -> seen.add(r.numeral()))
        .sorted(Comparator.comparingInt(RomanAnalysis::rank))
        .toList();
  }

  private static List<String> candidates(Chord chord, Key key) {
    String[] marks = MARKS.get(chord.type());
    int inversion = chord.inversion();
    if (marks == null || inversion < 0) {
      return List.of();
    }
    boolean seventh = chord.tones().size() == 4;
    String figure = RomanNumeral.figure(seventh, inversion);
    List<String> numerals = new ArrayList<>();
    for (int i = 1; i < marks.length; i++) {
      numerals.add(prefix(chord, key, marks[i]) + roman(chord, key, marks[0]) + marks[i] + figure);
    }
    numerals.add("Cad64");
    numerals.add("N6");
    numerals.add("N");
    for (String target : RomanNumerals.diatonicTriads(key).stream().map(RomanChord::numeral).toList()) {
      if (!target.equals("I") && !target.equals("i") && !target.endsWith("°")) {
        for (String primary : SECONDARY_PRIMARIES) {
          if (primary.endsWith("7") == seventh) {
            numerals.add(primary.replace("7", "") + figure + "/" + target);
          }
        }
      }
    }
    return numerals;
  }

  private static String roman(Chord chord, Key key, String letterCase) {
    int degree = key.tonic().letter().stepsUpTo(chord.root().letter());
    String roman = List.of("I", "II", "III", "IV", "V", "VI", "VII").get(degree);
    return letterCase.equals("U") ? roman : roman.toLowerCase(Locale.ROOT);
  }

  private static String prefix(Chord chord, Key key, String mark) {
    int degree = key.tonic().letter().stepsUpTo(chord.root().letter());
    Note scaleNote = key.scale().notes().get(degree);
    if (key.mode() == Key.Mode.MINOR && degree == 6 && (mark.startsWith("°") || mark.equals("ø"))) {
      scaleNote = key.tonic().transpose(Interval.parse("M7"));
    }
    int alteration = chord.root().accidental() - scaleNote.accidental();
    return alteration < 0 ? "b".repeat(-alteration) : "#".repeat(alteration);
  }

  private static void tryNumeral(String numeral, Key key, List<Note> notes, List<RomanChord> found) {
    try {
      RomanChord chord = RomanNumerals.realise(numeral, key);
      if (same(chord.notes(), notes)) {
        found.add(chord);
      }
    } catch (IllegalArgumentException notRealisable) {
      // A figure that does not fit this chord, or a root beyond double accidentals: not a reading.
    }
  }

  private static boolean same(List<Note> a, List<Note> b) {
    return a.get(0).sameSpelling(b.get(0)) && spellings(a).equals(spellings(b));
  }

  private static Set<Note> spellings(List<Note> notes) {
    Set<Note> set = new HashSet<>();
    notes.forEach(n -> set.add(n.withoutOctave()));
    return set;
  }

  private static int rank(RomanChord chord) {
    String f = chord.function();
    if (chord.numeral().equals("Cad64")) {
      return 1;
    }
    if (chord.numeral().contains("/")) {
      return 2;
    }
    if (f.contains("Neapolitan")) {
      return chord.numeral().startsWith("N") ? 3 : 4;
    }
    if (f.contains("augmented sixth")) {
      return 5;
    }
    if (f.contains("borrowed")) {
      return 6;
    }
    return f.startsWith("chromatic") ? 7 : 0;
  }
}
