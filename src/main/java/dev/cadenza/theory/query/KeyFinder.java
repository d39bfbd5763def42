package dev.cadenza.theory.query;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Ranks the thirty keys for a list of chords: the key in which most chords are diatonic wins; among those,
 * a key whose tonic chord ends the list (then begins it) is preferred, then the key with fewer accidentals.
 * Minor keys accept the chords of natural and harmonic minor (VII and V both).
 */
final class KeyFinder {
  private static final int MOST_FIFTHS = 7;

  /** A key and how well the chords fit it. */
  record Fit(Key key, int diatonic, int tonicBonus) {}

  private KeyFinder() {}

  static List<Fit> rank(List<Chord> chords) {
    List<Fit> fits = new ArrayList<>();
    for (int fifths = -MOST_FIFTHS; fifths <= MOST_FIFTHS; fifths++) {
      Key major = Key.majorAtFifths(fifths);
      for (Key key : List.of(major, major.relative())) {
        fits.add(fit(key, chords));
      }
    }
    fits.sort(Comparator.comparingInt((Fit f) -> -f.diatonic()).thenComparingInt(f -> -f.tonicBonus())
        .thenComparingInt(f -> Math.abs(f.key().fifths())).thenComparing(f -> f.key().mode()));
    return fits;
  }

  private static Fit fit(Key key, List<Chord> chords) {
    Set<String> diatonic = diatonicSymbols(key);
    int count = (int) chords.stream().filter(c -> diatonic.contains(rootPosition(c))).count();
    String tonic = RomanNumerals.diatonicTriads(key).getFirst().symbol();
    int bonus = (tonic.equals(rootPosition(chords.getLast())) ? 2 : 0) + (tonic.equals(rootPosition(chords.getFirst())) ? 1 : 0);
    return new Fit(key, count, bonus);
  }

  private static String rootPosition(Chord chord) {
    return Chord.of(chord.root(), chord.type()).symbol();
  }

  private static Set<String> diatonicSymbols(Key key) {
    Stream<RomanChord> chords = Stream.concat(RomanNumerals.diatonicTriads(key).stream(),
        RomanNumerals.diatonicSevenths(key).stream());
    if (key.mode() == Key.Mode.MINOR) {
      chords = Stream.concat(chords, Stream.of("v", "VII", "v7", "VII7").map(n -> RomanNumerals.realise(n, key)));
    }
    Set<String> symbols = new HashSet<>();
    chords.forEach(c -> symbols.add(c.symbol()));
    return symbols;
  }
}
