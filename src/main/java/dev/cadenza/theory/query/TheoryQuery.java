package dev.cadenza.theory.query;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.TransposingInstrument;
import java.util.List;
import java.util.Optional;

/**
 * One computable question, read from a student's wording with its arguments typed. {@link QueryExecutor}
 * computes any of them; {@link #type()} is the stable name used in JSON and in the evaluation set.
 */
public sealed interface TheoryQuery {

  /** The query type's name in snake case: "spell_chord", "interval". */
  String type();

  /** "what notes are in D#maj13?" */
  record SpellChord(Chord chord) implements TheoryQuery {
    public String type() { return "spell_chord"; }
  }

  /** "what chord is B D F A?" (notes from the bass up, as written). */
  record IdentifyChord(List<Note> notes) implements TheoryQuery {
    public IdentifyChord { notes = List.copyOf(notes); }
    public String type() { return "identify_chord"; }
  }

  /** "how many notes are in a C-major seventh chord?" */
  record CountNotes(Chord chord) implements TheoryQuery {
    public String type() { return "count_notes"; }
  }

  /** "what is the third of Abm?" (number 1 is the root). */
  record ChordTone(Chord chord, int number) implements TheoryQuery {
    public String type() { return "chord_tone"; }
  }

  /** "G7 in second inversion" (1 = first inversion). */
  record Inversion(Chord chord, int inversion) implements TheoryQuery {
    public String type() { return "inversion"; }
  }

  /** "which notes are usually left out of C13?" */
  record Omission(Chord chord) implements TheoryQuery {
    public String type() { return "omission"; }
  }

  /** "interval from B4 up to G#5" (upward from the first note). */
  record IntervalBetween(Note lower, Note upper) implements TheoryQuery {
    public String type() { return "interval"; }
  }

  /** "a major third below D". */
  record NoteFromInterval(Note note, Interval interval, boolean up) implements TheoryQuery {
    public String type() { return "note_from_interval"; }
  }

  /** "how many semitones in a perfect fifth?" */
  record IntervalSize(Interval interval) implements TheoryQuery {
    public String type() { return "interval_semitones"; }
  }

  /** "what does a minor seventh invert to?" */
  record IntervalInversion(Interval interval) implements TheoryQuery {
    public String type() { return "interval_inversion"; }
  }

  /** "notes of B lydian", "the Bb major scale". */
  record SpellScale(Scale scale) implements TheoryQuery {
    public String type() { return "scale"; }
  }

  /**
   * "how many notes are in a whole tone scale": the count of a scale type, shown on C ({@code anyTonic}), or of the
   * scale named ("a C major scale").
   */
  record CountScaleNotes(Scale scale, boolean anyTonic) implements TheoryQuery {
    public String type() { return "count_scale_notes"; }
  }

  /** "how many flats in Db major?" */
  record KeySignature(Key key) implements TheoryQuery {
    public String type() { return "key_signature"; }
  }

  /** "which minor key has three flats?" (mode empty: both keys sharing the signature). */
  record KeyFromSignature(int count, boolean sharps, Optional<Key.Mode> mode) implements TheoryQuery {
    public String type() { return "key_from_signature"; }
  }

  /** "relative minor of A major", "dominant key of E major". */
  record RelatedKey(Key key, Relation relation) implements TheoryQuery {
    public String type() { return "related_key"; }
  }

  /** How one key stands to another. */
  enum Relation { RELATIVE, PARALLEL, DOMINANT, SUBDOMINANT, ENHARMONIC }

  /** "in C minor, what numeral is Ab?" */
  record NumeralOfChord(Chord chord, Key key) implements TheoryQuery {
    public String type() { return "numeral_of_chord"; }
  }

  /**
   * "V7/V in G major"; {@code asked} is the numeral as written, which a convention may have changed ("vii" read
   * as vii°), or the chord's name when it was asked by function ("dominant seventh chord").
   */
  record RealiseNumeral(String numeral, Key key, String asked) implements TheoryQuery {
    public String type() { return "realise_numeral"; }
  }

  /** "ii-V-I in Eb". */
  record RealiseProgression(List<String> numerals, Key key) implements TheoryQuery {
    public RealiseProgression { numerals = List.copyOf(numerals); }
    public String type() { return "realise_progression"; }
  }

  /** "roman numerals for Am Dm E Am in A minor". */
  record AnalyseProgression(List<Chord> chords, Key key) implements TheoryQuery {
    public AnalyseProgression { chords = List.copyOf(chords); }
    public String type() { return "analyse_progression"; }
  }

  /** "Fm Db Eb Ab what key is this in". */
  record FindKey(List<Chord> chords) implements TheoryQuery {
    public FindKey { chords = List.copyOf(chords); }
    public String type() { return "find_key"; }
  }

  /** "enharmonic equivalent of C#". */
  record Enharmonic(Note note) implements TheoryQuery {
    public String type() { return "enharmonic"; }
  }

  /** "transpose G7 down a minor third". */
  record TransposeChord(Chord chord, Interval interval, boolean up) implements TheoryQuery {
    public String type() { return "transpose_chord"; }
  }

  /** "diatonic triads in D minor", or with {@code sevenths} "the diatonic seventh chords of A minor". */
  /** @param natural a minor key's chords from natural minor, the seventh unraised ("triads in F natural minor") */
  record DiatonicChords(Key key, boolean sevenths, boolean natural) implements TheoryQuery {
    public String type() { return sevenths ? "diatonic_sevenths" : "diatonic_chords"; }
  }

  /**
   * "the dominant of F# minor", "the leading tone in A minor" ({@code raised}: the minor key's raised seventh),
   * "the subtonic of Bb major" ({@code subtonic}: a whole step below the tonic, whatever the key's seventh).
   */
  record ScaleDegree(Key key, int degree, boolean raised, boolean subtonic) implements TheoryQuery {
    public String type() { return "scale_degree"; }
  }

  /** "what scale has the notes C D E F# G A B?" (the notes as written, first note first). */
  record ScaleFromNotes(List<Note> notes) implements TheoryQuery {
    public ScaleFromNotes { notes = List.copyOf(notes); }
    public String type() { return "scale_from_notes"; }
  }

  /**
   * "the mode starting on the 2nd degree of C major", "which mode starts on the sixth degree of the major scale".
   *
   * @param anyKey whether the question named no key: {@code key} is then C major or A minor, an example
   */
  record ModeOfDegree(Key key, int degree, boolean anyKey) implements TheoryQuery {
    public String type() { return "mode_of_degree"; }
  }

  /** "tritone substitute of G7". */
  record TritoneSubstitute(Chord chord) implements TheoryQuery {
    public String type() { return "tritone_substitute"; }
  }

  /** "is E4 in the C major seventh chord?" (the note's octave, when given, is checked against the voicing from octave 4). */
  record ChordMembership(Note note, Chord chord) implements TheoryQuery {
    public String type() { return "chord_membership"; }
  }

  /** "what chord do MIDI notes 60 64 67 70 make?" */
  record IdentifyMidiChord(List<Integer> midi) implements TheoryQuery {
    public IdentifyMidiChord { midi = List.copyOf(midi); }
    public String type() { return "identify_chord"; }
  }

  /**
   * "what note does an alto sax read to sound concert C": a note on a transposing instrument, written or sounding.
   *
   * @param concert whether the note given is concert pitch (what sounds) rather than what the player reads
   */
  record InstrumentTransposition(TransposingInstrument instrument, Note note, boolean concert) implements TheoryQuery {
    public String type() { return "instrument_transposition"; }
  }

  /** "what key is the alto sax in when the band plays in concert Bb major": a key on a transposing instrument. */
  record InstrumentKey(TransposingInstrument instrument, Key key, boolean concert) implements TheoryQuery {
    public String type() { return "instrument_key"; }
  }

  /** "what's the tritone in G7": the pairs of chord tones a tritone apart. */
  record ChordTritones(Chord chord) implements TheoryQuery {
    public String type() { return "chord_tritones"; }
  }

  /**
   * "the b6 of C major", "sharp 4 in G": a degree of the major scale on the key's tonic, lowered ({@code alteration} -1)
   * or raised (+1).
   */
  record AlteredDegree(Key key, int degree, int alteration) implements TheoryQuery {
    public String type() { return "altered_degree"; }
  }
}
