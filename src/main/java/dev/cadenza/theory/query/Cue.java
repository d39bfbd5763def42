package dev.cadenza.theory.query;

import java.util.List;

/**
 * The cue phrases that say what a question asks, one row per cue: the readers look for them, and a new wording is
 * a new phrase in a row. The phrases of a row fit the same place in a sentence ("spell Cmaj7", "what's in Cmaj7";
 * "Cmaj7 notes", "Cmaj7 pitches"). Phrases match whole words in the lower-cased question ("key sig" does not match
 * "key signing").
 */
enum Cue {
  COUNT_NOTES("how many notes", "how many pitches", "how many tones", "how many different notes", "number of notes",
      "how many note"),
  /** A signature named as such; {@link #ACCIDENTALS} counts its signs. */
  SIGNATURE("key signature", "key sig", "signature", "key signiture", "signiture", "key signeture", "signeture",
      "key sigature", "sigature"),
  ACCIDENTALS("sharps", "flats", "accidentals", "sharp", "flat"),
  WHICH_KEY("what key", "which key", "which keys", "what keys", "key", "whats the key", "what's the key"),
  RELATIVE("relative"),
  PARALLEL("parallel"),
  DOMINANT_KEY("dominant key", "key a fifth above", "key is a fifth above", "a fifth above"),
  SUBDOMINANT_KEY("subdominant key", "key a fifth below", "key is a fifth below", "a fifth below"),
  DIATONIC("diatonic", "chords in the key of", "chords of the key of", "triads in", "triads of", "seventh chords in",
      "seventh chords of", "7th chords in", "7th chords of"),
  /** Words that ask how an instrument's written notes and its sound differ, or what a part is written in. */
  TRANSPOSING("concert", "written", "write", "writes", "read", "reads", "reading", "sound", "sounds", "sounding", "hear",
      "comes out", "come out", "transpose", "transposed", "transposing", "transposition", "part", "what key",
      "which key", "what note", "which note", "to get", "piano", "plays a", "play a"),
  /** Names a numeral; {@link #ANALYSE} asks for one. */
  NUMERAL("numeral", "numerals", "roman"),
  ANALYSE("analyse", "analyze", "analysis", "label"),
  /** The other spelling of a pitch asked for by name: "whats Abb respelled as a natural", "F# spelled with a G". */
  ENHARMONIC("enharmonic", "enharmonically", "another name", "other name", "respelled", "respelt", "respell",
      "spelled with a", "spelt with a", "spell it with", "write it with", "same pitch as", "else can"),
  /** A letter named for a spelling: "spell E double sharp using the letter F", "written with the letter A". */
  LETTER("with the letter", "using the letter"),
  /** Sounding alike: asks for the other spelling only in a question asking which note ("which key sounds like B#"). */
  SOUNDS_ALIKE("sounds the same as", "sound the same as", "same key as", "same note as", "the same as"),
  SEMITONES("semitones", "semitone", "half steps", "half-steps", "half step", "half-step"),
  INVERT_INTERVAL("invert", "inverted", "inversion of", "inverts", "upside down"),
  OMIT("omit", "omitted", "left out", "leave out", "dropped", "drop", "omission", "omissions"),
  TRANSPOSE("transpose", "transposed", "move", "moved", "transposing"),
  SCALE("scale", "mode", "scales", "modes"),
  KEY_WORD("key", "the key of", "in the key"),
  /** Asks for a chord's or scale's notes, opening the question; {@link #MEMBERS} names them. */
  SPELL("spell", "spelled", "spelling", "what's in", "whats in"),
  MEMBERS("notes", "pitches", "tones"),
  /** Asks for an interval by name; {@link #BETWEEN} asks for the span between two notes. */
  INTERVAL("interval", "distance"),
  BETWEEN("between", "how far"),
  CHORD("chord", "triad", "chords", "triads"),
  PREMISE("why", "explain why", "since"),
  COMPARE("difference", "differences", "diff", "differ", "vs", "vs.", "versus", "compare", "compared", "comparison"),
  /** "how is C6 different from Am7": a comparison said of its first side. */
  DIFFERENT("different", "differs"),
  /** Seventh chords asked for rather than triads: "the diatonic seventh chords of A minor". */
  SEVENTHS("seventh chords", "seventh chord", "7th chords", "7th chord", "sevenths", "7ths"),
  TRITONE_SUBSTITUTE("tritone sub", "tritone substitute", "tritone substitution", "tritone subs", "substitute", "sub",
      "substitue", "subsitute", "substitude", "substition", "substitusion"),
  /** Questions no typed query asks yet: the answerer's retrieval takes them. */
  ELSEWHERE("in common", "common tones");

  private final List<String> phrases;

  Cue(String... phrases) {
    this.phrases = List.of(phrases);
  }

  /** Whether {@code words} (lower-case words, each with a space on both sides) contain one of the phrases. */
  boolean foundIn(String words) {
    for (String phrase : phrases) {
      if (words.contains(" " + phrase + " ")) {
        return true;
      }
    }
    return false;
  }
}
