package dev.cadenza.abc;

import dev.cadenza.midi.MidiScore;
import java.util.List;

/**
 * A tune read from ABC: its notes in the MIDI reader's model, so every MIDI analysis applies, and what
 * the notation says that notes alone do not.
 *
 * @param title the first T: field, empty when there is none
 * @param key the key the K: field names, e.g. "D dorian", or "none"
 * @param score the notes in playing order (repeats and endings expanded), with meter and tempo
 * @param chordSymbols the chord symbols written over the notes, in playing order: hints, not analysis
 */
public record AbcTune(String title, String key, MidiScore score, List<ChordSymbol> chordSymbols) {

  /** A chord symbol such as "Am" or "D7" at the bar and beat (both 1-based) where it is written. */
  public record ChordSymbol(int bar, double beat, String symbol) {}

  public AbcTune {
    chordSymbols = List.copyOf(chordSymbols);
  }
}
