package dev.cadenza.theory.query;

import java.util.List;

/**
 * What {@link QueryExecutor} computed for one query, as plain values for JSON (ASCII spellings). Each record
 * carries the query type it answers.
 */
public sealed interface QueryResult {
  String type();

  /** spell_chord, count_notes, inversion, omission, transpose_chord: a chord and its notes from the bass up. */
  record ChordResult(String type, String symbol, String name, String described, List<String> notes, List<String> tones,
      List<String> intervals, String roles, List<String> pitches, int count, List<String> omitted, String omissionNote,
      String inversion) implements QueryResult {}

  /** chord_tone: the member asked for, or no note when the chord has none. */
  record ChordToneResult(String type, String symbol, String name, String root, List<String> tones, int member, String note,
      String interval)
      implements QueryResult {}

  /** identify_chord: the best reading of the notes and the other readings. */
  record IdentifiedChord(String type, String given, List<String> notes, String symbol, String name, String described, String inversion,
      String roles, List<String> omitted, List<String> alternatives) implements QueryResult {}

  /** interval, note_from_interval, interval_semitones, interval_inversion. */
  record IntervalResult(String type, String from, String to, String interval, String name, int number, int semitones,
      String inversion, String inversionName, int inversionNumber, boolean up) implements QueryResult {}

  /** scale: the scale's notes from the tonic. */
  record ScaleResult(String type, String scale, List<String> notes, String formula, String convention) implements QueryResult {}

  /** key_signature and related_key: a key's signature, and the related key asked for. */
  record KeyResult(String type, String key, int fifths, int sharps, int flats, List<String> signature, String usuallyWrittenAs,
      String relation, String related, int relatedFifths, List<String> relatedSignature, List<String> relatedScale)
      implements QueryResult {}

  /** key_from_signature: the keys with that many sharps or flats. */
  record KeysResult(String type, int count, boolean sharps, List<String> keys, List<String> signature) implements QueryResult {}

  /** Numeral questions: the key and, chord by chord, numeral, symbol, notes and function. */
  record NumeralResult(String type, String key, List<RomanRow> chords, List<String> alternatives, String convention,
      String named)
      implements QueryResult {}

  /** One chord of a numeral answer. */
  record RomanRow(String numeral, String symbol, List<String> notes, String function) {}

  /** enharmonic: the other spellings of a pitch, fewest accidentals first. */
  record EnharmonicResult(String type, String note, List<String> enharmonics) implements QueryResult {}

  /** scale_degree: the note on a degree of a key. */
  record DegreeResult(String type, String key, int degree, String name, String note, boolean raised, RomanRow triad)
      implements QueryResult {}

  /**
   * scale_from_notes and mode_of_degree: the scale found, and the major scale with the same notes.
   *
   * @param modeType the mode's name without its tonic ("natural minor") when asked of any key, {@code key} then the
   *     example; else null
   */
  record ScaleMatch(String type, List<String> notes, String scale, String formula, String majorScale, String key,
      int degree, String modeType) implements QueryResult {}

  /** tritone_substitute: the dominant seventh a tritone away, or none when the chord is not a dominant seventh. */
  record SubstituteResult(String type, String symbol, String name, List<String> tones, String substitute,
      List<String> substituteTones) implements QueryResult {}

  /** chord_membership: whether the note is a chord tone as spelled, its role, and the voicing from octave 4. */
  record MembershipResult(String type, String note, String symbol, String described, List<String> tones,
      List<String> pitches, boolean member, String role, String enharmonic, boolean inVoicing) implements QueryResult {}

  /**
   * instrument_transposition: the instrument, how far its sound lies from what is written, and the note given with
   * its written and sounding spellings.
   */
  record TranspositionResult(String type, String instrument, String interval, boolean lower, boolean concertGiven,
      String written, String concert) implements QueryResult {}

  /**
   * instrument_key: the instrument, how far its sound lies from what is written, and the key given with its written and
   * concert keys and their signatures ("1 sharp"). A written key of seven accidentals or more comes with its enharmonic
   * equivalent when that has fewer ({@code theoretical}: the written key needs more than seven, so it cannot be used).
   */
  record InstrumentKeyResult(String type, String instrument, String interval, boolean lower, boolean concertGiven,
      String written, String writtenSignature, boolean theoretical, String enharmonic, String enharmonicSignature,
      String concert, String concertSignature) implements QueryResult {}

  /** chord_tritones: the chord's tones and each pair a tritone apart, lower tone first, with its interval and members. */
  record TritonesResult(String type, String symbol, String name, List<String> tones, List<TritonePair> tritones)
      implements QueryResult {}

  /** Two chord tones a tritone apart: "B" up to "F", a diminished fifth, the third and the seventh. */
  record TritonePair(String lower, String upper, String interval, String lowerMember, String upperMember) {}

  /**
   * altered_degree: the degree as written ("b6"), its note, the major scale's note it alters, and the key's own note on
   * that degree (the same as the altered one in a minor key's b3, b6, b7).
   */
  record AlteredDegreeResult(String type, String key, String degree, String note, String majorNote, String keyNote)
      implements QueryResult {}
}
