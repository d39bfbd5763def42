package dev.cadenza.abc;

import dev.cadenza.midi.TimeSignature;
import java.util.ArrayList;
import java.util.List;

/**
 * The music between two bar lines as written, with what its bar lines say about repeats and what
 * changes where it starts.
 */
final class WrittenBar {

  /** A chord symbol over the sound at {@code soundIndex} (or after the last sound, when equal to their count). */
  record Symbol(int soundIndex, String text) {}

  final List<Sound> sounds = new ArrayList<>();
  final List<Symbol> symbols = new ArrayList<>();
  /** The source line of the bar's first sound, for errors found while expanding repeats. */
  int line;
  boolean startRepeat;
  boolean endRepeat;
  /** The endings (bit n for ending n) this bar belongs to; 0 outside endings. */
  int endings;
  /** Changes in force from this bar on; null where nothing changes. */
  TimeSignature meter;
  Double bpm;
  WrittenKey key;

  boolean isEmpty() {
    return sounds.isEmpty() && symbols.isEmpty();
  }

  double length() {
    double length = 0;
    for (Sound sound : sounds) {
      length += sound.advance;
    }
    return length;
  }
}
