package dev.cadenza.midi.harmony;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import dev.cadenza.theory.Spelling;
import dev.cadenza.theory.ChordType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Spells a chord found by pitch class in its key and names it through the theory engine: a chord
 * symbol from {@link dev.cadenza.theory.Chord} and a Roman numeral from {@link RomanNumerals}.
 *
 * <p>The one decision made here is the enharmonic spelling of the root, which the theory engine
 * takes as given: of the sharp, flat and key spellings, the one whose chord tones agree most with
 * the key's own spelling wins (Bb major in C major, not A#; C#dim7, the leading-tone chord of ii,
 * not Dbdim7), then the one with fewer accidentals.
 */
public final class ChordNames {

  private record SpelledChordInKey(dev.cadenza.theory.Chord chord, Key key) {}

  /**
   * Roman-numeral analysis tries every reading and takes milliseconds, so each spelled chord is
   * analysed once per key for the life of the process. The cache is bounded by the vocabulary: 9
   * qualities on 35 roots with their basses in at most 30 keys.
   */
  private static final Map<SpelledChordInKey, String> NUMERALS = new ConcurrentHashMap<>();

  private ChordNames() {}

  /** The chord qualities the harmonic analysis names; a chord of any other shape gets the nearest of these. */
  public static Set<ChordType> namedTypes() {
    return Arrays.stream(ChordKind.values()).map(ChordKind::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChordType.class)));
  }

  /** The chord spelled in a key, with its bass. */
  static dev.cadenza.theory.Chord spell(Chord chord, Key key) {
    Set<Note> roots = new LinkedHashSet<>();
    roots.add(Note.fromMidi(60 + chord.root(), key).withoutOctave());
    roots.add(Note.fromMidi(60 + chord.root(), Spelling.SHARPS).withoutOctave());
    roots.add(Note.fromMidi(60 + chord.root(), Spelling.FLATS).withoutOctave());
    dev.cadenza.theory.Chord best = roots.stream()
        .flatMap(root -> rootPosition(root, chord.kind()).stream())
        .max(Comparator.comparingInt((dev.cadenza.theory.Chord c) -> tonesAsInKey(c, key))
            .thenComparingInt(c -> -accidentals(c)))
        .orElseThrow(() -> new IllegalStateException("no spelling of " + chord + " in " + key));
    int inversion = chord.inversion();
    Note bass = inversion >= 0 ? best.tones().get(inversion) : Note.fromMidi(60 + chord.bass(), key).withoutOctave();
    return new dev.cadenza.theory.Chord(best.root(), best.type(), bass);
  }

  /** A lead-sheet symbol such as "D7", "Bb", "F#dim7" or "C/E". */
  public static String symbol(Chord chord, Key key) {
    return spell(chord, key).symbol();
  }

  /**
   * The theory engine's preferred Roman numeral, e.g. "V65", "ii6", "V7/V"; over a bass outside the
   * chord (a pedal), the numeral of the chord itself; the symbol in brackets when it has none.
   */
  public static String roman(Chord chord, Key key) {
    Chord named = chord.inversion() < 0 ? new Chord(chord.root(), chord.kind(), chord.root()) : chord;
    return NUMERALS.computeIfAbsent(new SpelledChordInKey(spell(named, key), key), spelled -> {
      List<RomanChord> readings = RomanNumerals.analyse(spelled.chord(), key);
      return readings.isEmpty() ? "(" + spelled.chord().symbol() + ")" : readings.getFirst().numeral();
    });
  }

  private static Optional<dev.cadenza.theory.Chord> rootPosition(Note root, ChordKind kind) {
    try {
      return Optional.of(dev.cadenza.theory.Chord.of(root, kind.type()));
    } catch (IllegalArgumentException needsTripleAccidentals) {
      return Optional.empty();
    }
  }

  private static int tonesAsInKey(dev.cadenza.theory.Chord chord, Key key) {
    int agreeing = 0;
    for (Note tone : chord.tones()) {
      agreeing += Note.fromMidi(60 + tone.pitchClass(), key).sameSpelling(tone) ? 1 : 0;
    }
    return agreeing;
  }

  private static int accidentals(dev.cadenza.theory.Chord chord) {
    return chord.tones().stream().mapToInt(tone -> Math.abs(tone.accidental())).sum();
  }
}
