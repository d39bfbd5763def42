package dev.cadenza.theory.qa;

import java.util.Locale;

/** What a student's question asks for: one of the computable kinds, or a conceptual question for retrieval. */
public enum Intent {
  /** "what notes are in a D# major 13th chord?" */
  CHORD_SPELLING,
  /** "which chord is C E G Bb?" */
  CHORD_IDENTIFICATION,
  /** "interval between F# and E flat?" */
  INTERVAL,
  /** "notes of B lydian" */
  SCALE,
  /** "how many flats in Db major?", "relative minor of A major?" */
  KEY_SIGNATURE,
  /** "what is V7 of Ab major?" */
  ROMAN_NUMERAL,
  /** Anything the engine cannot compute: answered from retrieved passages. */
  CONCEPTUAL;

  /** The lower-case name used in JSON and CLI output, e.g. {@code chord_spelling}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the theory engine can answer this kind of question exactly. */
  public boolean computable() {
    return this != CONCEPTUAL;
  }
}
