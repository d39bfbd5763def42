package dev.cadenza.theory;

/** Which enharmonic spelling to choose for a black-key pitch when nothing else decides. */
public enum Spelling {
  /** C#, D#, F#, G#, A#. */
  SHARPS,
  /** Db, Eb, Gb, Ab, Bb. */
  FLATS
}
