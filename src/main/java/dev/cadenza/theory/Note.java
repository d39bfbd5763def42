package dev.cadenza.theory;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spelled note: a letter, an accidental from double flat (-2) to double sharp (+2) and an optional
 * octave in scientific pitch notation. The octave number follows the letter, so B#3 and C4 are both
 * MIDI 60 (middle C), and Cb4 is MIDI 59.
 */
public record Note(Letter letter, int accidental, OptionalInt octave) {
  static final int MIN_OCTAVE = -1;
  static final int MAX_OCTAVE = 10;

  private static final Pattern NOTE =
      Pattern.compile("([A-Ga-g])(" + Accidentals.REGEX + ")?\\s*(-?\\d{1,2})?");
  private static final int[] SHARP_LETTERS = {0, 0, 1, 1, 2, 3, 3, 4, 4, 5, 5, 6};
  private static final int[] FLAT_LETTERS = {0, 1, 1, 2, 2, 3, 4, 4, 5, 5, 6, 6};

  public Note {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(octave, "octave");
    if (accidental < Accidentals.MIN || accidental > Accidentals.MAX) {
      throw new IllegalArgumentException(
          "illegal accidental: " + accidental + " on " + letter + ", must be -2..2 (no triple accidentals)");
    }
    if (octave.isPresent() && (octave.getAsInt() < MIN_OCTAVE || octave.getAsInt() > MAX_OCTAVE)) {
      throw new IllegalArgumentException(
          "illegal octave: " + octave.getAsInt() + ", must be " + MIN_OCTAVE + ".." + MAX_OCTAVE);
    }
  }

  /** A pitch class spelling without octave, e.g. {@code of(Letter.F, 2)} is F##. */
  public static Note of(Letter letter, int accidental) {
    return new Note(letter, accidental, OptionalInt.empty());
  }

  /** A spelled pitch, e.g. {@code of(Letter.B, 1, 3)} is B#3 (MIDI 60). */
  public static Note of(Letter letter, int accidental, int octave) {
    return new Note(letter, accidental, OptionalInt.of(octave));
  }

  /**
   * Parses "C", "Eb4", "F##", "Fx", "B♭3", "E flat", "F-sharp 5", "G double sharp". The text must be
   * exactly one note.
   */
  public static Note parse(String text) {
    Matcher m = NOTE.matcher(Accidentals.asciify(text.strip()));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a note: '" + text + "'");
    }
    Letter letter = Letter.of(m.group(1).charAt(0));
    int accidental = m.group(2) == null ? 0 : Accidentals.parse(m.group(2));
    return m.group(3) == null ? of(letter, accidental) : of(letter, accidental, Integer.parseInt(m.group(3)));
  }

  /** The note for a MIDI number, black keys spelled with sharps or flats as asked. */
  public static Note fromMidi(int midi, Spelling spelling) {
    if (midi < 0 || midi > 127) {
      throw new IllegalArgumentException("illegal MIDI number: " + midi + ", must be 0..127");
    }
    int pitchClass = midi % 12;
    Letter letter = Letter.values()[(spelling == Spelling.FLATS ? FLAT_LETTERS : SHARP_LETTERS)[pitchClass]];
    return of(letter, pitchClass - letter.pitchClass(), midi / 12 - 1);
  }

  /**
   * The note for a MIDI number spelled as in {@code key}: the scale's own spelling when the pitch is
   * diatonic (in minor, the raised sixth and seventh count too), otherwise sharps in sharp keys and in
   * C major and A minor, flats in flat keys.
   */
  public static Note fromMidi(int midi, Key key) {
    Note plain = fromMidi(midi, key.fifths() < 0 ? Spelling.FLATS : Spelling.SHARPS);
    for (Note n : key.spellingNotes()) {
      if (n.pitchClass() == plain.pitchClass()) {
        // At MIDI 0 the key's B# would lie in octave -2, below the range; the plain spelling always fits.
        int octave = (midi - n.letter.pitchClass() - n.accidental) / 12 - 1;
        return octave < MIN_OCTAVE ? plain : n.atMidi(midi);
      }
    }
    return plain;
  }

  public boolean hasOctave() {
    return octave.isPresent();
  }

  public Note withOctave(int newOctave) {
    return of(letter, accidental, newOctave);
  }

  public Note withoutOctave() {
    return hasOctave() ? of(letter, accidental) : this;
  }

  /** 0 for C (and B#, Dbb) to 11 for B (and Cb, A##). */
  public int pitchClass() {
    return Math.floorMod(letter.pitchClass() + accidental, 12);
  }

  /** The MIDI number; C4 is 60. Throws when the note has no octave. */
  public int midi() {
    if (!hasOctave()) {
      throw new IllegalStateException("no octave on " + this + ", so no MIDI number");
    }
    return 12 * (octave.getAsInt() + 1) + letter.pitchClass() + accidental;
  }

  /** Same sounding pitch (same MIDI number when both have octaves, else the same pitch class). */
  public boolean isEnharmonicWith(Note other) {
    return hasOctave() && other.hasOctave() ? midi() == other.midi() : pitchClass() == other.pitchClass();
  }

  /** Same letter and accidental, octaves ignored. */
  public boolean sameSpelling(Note other) {
    return letter == other.letter && accidental == other.accidental;
  }

  /** The note {@code interval} above, spelled by letter steps (C# up a major third is E#, not F). */
  public Note transpose(Interval interval) {
    return shift(interval.steps(), interval.semitones());
  }

  /** The note {@code interval} below, spelled by letter steps (F down a minor third is D). */
  public Note transposeDown(Interval interval) {
    return shift(-interval.steps(), -interval.semitones());
  }

  /** Letter steps up from C0, counting octaves: C4 is 28, B#3 is 27. */
  public int diatonicIndex() {
    return 7 * octave.orElse(0) + letter.ordinal();
  }

  /** This spelling in the octave that makes it sound {@code midi}; the pitch classes must agree. */
  Note atMidi(int midi) {
    if (Math.floorMod(midi, 12) != pitchClass()) {
      throw new IllegalArgumentException(this + " cannot sound MIDI " + midi);
    }
    return withOctave((midi - letter.pitchClass() - accidental) / 12 - 1);
  }

  private Note shift(int steps, int semitones) {
    if (hasOctave()) {
      int index = diatonicIndex() + steps;
      Letter target = Letter.values()[Math.floorMod(index, 7)];
      int targetOctave = Math.floorDiv(index, 7);
      int alteration = midi() + semitones - (12 * (targetOctave + 1) + target.pitchClass());
      return checked(target, alteration, steps, semitones).withOctave(targetOctave);
    }
    Letter target = letter.plus(steps);
    int alteration = Math.floorMod(pitchClass() + semitones - target.pitchClass() + 6, 12) - 6;
    return checked(target, alteration, steps, semitones);
  }

  private Note checked(Letter target, int alteration, int steps, int semitones) {
    if (alteration < Accidentals.MIN || alteration > Accidentals.MAX) {
      throw new IllegalArgumentException("moving " + this + " by " + steps + " letter steps and " + semitones
          + " semitones needs a triple accidental on " + target);
    }
    return of(target, alteration);
  }

  /** "C", "F##", "Bb3", "B#3": ASCII accidentals, octave when known. */
  @Override
  public String toString() {
    return letter + Accidentals.symbol(accidental) + (hasOctave() ? String.valueOf(octave.getAsInt()) : "");
  }
}
