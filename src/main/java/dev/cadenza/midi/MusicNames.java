package dev.cadenza.midi;

import dev.cadenza.midi.harmony.Chord;
import dev.cadenza.midi.harmony.ChordNames;
import dev.cadenza.midi.key.Tonality;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Spelling;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spells what the statistics find, through the theory engine: keys, pitches in the context of a
 * key (F# in G major, Gb in Db major), intervals, chord symbols and Roman numerals. One instance
 * serves one analysis: it caches the spelled keys, and is not thread-safe.
 */
public final class MusicNames {

  private final Map<Tonality, Key> keys = new HashMap<>();
  /** Spelled pitches by key index * 128 + MIDI number: every note of a piece is spelled for the piano roll. */
  private final Map<Integer, String> pitches = new HashMap<>();
  private final List<Integer> signatureHints;
  private Tonality modalHome;
  private String modalHomeName;
  private int modalParent;

  /**
   * @param signatureHints key signatures (sharps positive) found in the file; they decide between
   *     enharmonic keys such as F# and Gb major when the notes cannot
   */
  MusicNames(List<Integer> signatureHints) {
    this.signatureHints = List.copyOf(signatureHints);
  }

  /** The spelled key: the enharmonic with the fewest accidentals, or the one the file's signature names. */
  public Key key(Tonality tonality) {
    return keys.computeIfAbsent(tonality, this::spell);
  }

  /**
   * Names the home key by its mode wherever the analysis meets it, as the whole-piece key finder does: a tune
   * in D dorian, analysed bar by bar in D minor's terms, is "D dorian" in every statement, not "D minor".
   *
   * @param harmonic the major or minor key that stands for the mode in the harmonic analysis
   * @param parentTonic pitch class of the mode's parent major key, whose signature it uses
   */
  public void nameModalHome(Tonality harmonic, String name, int parentTonic) {
    modalHome = harmonic;
    modalHomeName = name;
    modalParent = parentTonic;
  }

  /** The name of a key the analysis found: the home's mode name for a modal home, else e.g. "Bb minor". */
  public String keyName(Tonality tonality) {
    return tonality.equals(modalHome) ? modalHomeName : key(tonality).name();
  }

  /** The name of a key by its major or minor spelling alone, as a key signature names it. */
  public String signatureKeyName(Tonality tonality) {
    return key(tonality).name();
  }

  /** Pitch class of the major key whose signature a found key uses: a modal home's parent, else its relative major. */
  public int signatureTonic(Tonality tonality) {
    return tonality.equals(modalHome) ? modalParent : tonality.relativeMajorTonic();
  }

  public String tonic(Tonality tonality) {
    return key(tonality).tonic().toString();
  }

  /** A pitch with its octave, spelled as the key spells it, e.g. "F#4". */
  public String note(int midi, Tonality tonality) {
    return pitches.computeIfAbsent(tonality.index() * 128 + midi,
        cached -> dev.cadenza.theory.Note.fromMidi(midi, key(tonality)).toString());
  }

  /** The interval from a lower to a higher pitch spelled in a key, e.g. "perfect fifth". */
  String interval(int low, int high, Tonality tonality) {
    try {
      return Interval.between(dev.cadenza.theory.Note.fromMidi(low, key(tonality)),
          dev.cadenza.theory.Note.fromMidi(high, key(tonality))).name();
    } catch (IllegalArgumentException tooWideOrOddlySpelled) {
      return (high - low) + " semitones";
    }
  }

  public String chordSymbol(Chord chord, Tonality tonality) {
    return ChordNames.symbol(chord, key(tonality));
  }

  public String roman(Chord chord, Tonality tonality) {
    return ChordNames.roman(chord, key(tonality));
  }

  private Key spell(Tonality tonality) {
    Key sharp = keyOn(tonality, Spelling.SHARPS);
    Key flat = keyOn(tonality, Spelling.FLATS);
    if (signatureHints.contains(flat.fifths()) && !signatureHints.contains(sharp.fifths())) {
      return flat;
    }
    if (signatureHints.contains(sharp.fifths()) || Math.abs(sharp.fifths()) < Math.abs(flat.fifths())) {
      return sharp;
    }
    if (Math.abs(flat.fifths()) < Math.abs(sharp.fifths())) {
      return flat;
    }
    return tonality.minor() ? flat : sharp;
  }

  private static Key keyOn(Tonality tonality, Spelling spelling) {
    dev.cadenza.theory.Note tonic = dev.cadenza.theory.Note.fromMidi(60 + tonality.tonic(), spelling).withoutOctave();
    return new Key(tonic, tonality.minor() ? Key.Mode.MINOR : Key.Mode.MAJOR);
  }
}
