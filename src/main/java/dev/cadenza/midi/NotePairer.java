package dev.cadenza.midi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs note-on and note-off events of one track into notes, in ticks. A note-on with velocity 0
 * counts as a note-off. Overlapping notes of the same pitch and channel are paired first in, first
 * out. Tolerant reading: a note still open when its track ends is closed at the track's end, and a
 * note whose off comes at the same tick as its on is dropped; both are counted for a warning.
 */
final class NotePairer {

  /** A note in ticks, before the tempo map turns it into quarter notes and seconds. */
  record TickNote(long on, long off, int pitch, int velocity, int channel) {}

  private record Open(long tick, int velocity) {}

  private final Map<Integer, ArrayDeque<Open>> open = new HashMap<>();
  private final List<TickNote> notes = new ArrayList<>();
  private int zeroLength;
  private int unclosed;

  void noteOn(long tick, int channel, int pitch, int velocity) {
    open.computeIfAbsent(channel * 128 + pitch, key -> new ArrayDeque<>()).addLast(new Open(tick, velocity));
  }

  void noteOff(long tick, int channel, int pitch) {
    ArrayDeque<Open> waiting = open.get(channel * 128 + pitch);
    if (waiting != null && !waiting.isEmpty()) {
      close(waiting.removeFirst(), tick, channel, pitch);
    }
  }

  /** Closes every note still sounding at the end of the track. */
  void endTrack(long tick) {
    for (var entry : open.entrySet()) {
      for (Open note : entry.getValue()) {
        unclosed++;
        close(note, Math.max(tick, note.tick()), entry.getKey() / 128, entry.getKey() % 128);
      }
    }
    open.clear();
  }

  List<TickNote> notes() {
    return notes;
  }

  int zeroLength() {
    return zeroLength;
  }

  int unclosed() {
    return unclosed;
  }

  private void close(Open note, long off, int channel, int pitch) {
    if (off <= note.tick()) {
      zeroLength++;
    } else {
      notes.add(new TickNote(note.tick(), off, pitch, note.velocity(), channel));
    }
  }
}
