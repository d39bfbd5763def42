package dev.cadenza.midi.harmony;

import dev.cadenza.midi.Note;
import dev.cadenza.midi.Spans;
import dev.cadenza.midi.TimeSignature;
import dev.cadenza.midi.Timeline;
import dev.cadenza.midi.key.KeyTracker;
import dev.cadenza.midi.key.Tonality;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels the harmony beat by beat (pulse by pulse in compound meters, bar by bar for a single
 * melodic line, whose harmony is only implied) and merges repeated chords into spans. A beat whose
 * harmony changes inside it gets both chords ({@link BeatChanges}).
 */
public final class HarmonyAnalyzer {

  /** A chord and the local key it is heard in, from {@code start} to {@code end} in quarter notes. */
  public record ChordSpan(double start, double end, Chord chord, Tonality key) {}

  private HarmonyAnalyzer() {}

  /**
   * @param notes pitched notes in onset order
   * @param perBar one window per bar instead of per beat
   */
  public static List<ChordSpan> analyze(List<Note> notes, Timeline timeline, KeyTracker.KeyTrack keys, int bars,
      boolean perBar) {
    List<ChordSpan> spans = new ArrayList<>();
    List<Note> active = new ArrayList<>();
    int next = 0;
    for (int bar = 1; bar <= bars; bar++) {
      double barStart = timeline.barStart(bar);
      double barEnd = timeline.barStart(bar + 1);
      TimeSignature meter = timeline.meter(barStart);
      double step = perBar ? barEnd - barStart : meter.quartersPerBeat() * meter.beatsPerPulse();
      for (double from = barStart; from < barEnd - 1e-9; from += step) {
        double to = Math.min(barEnd, from + step);
        double windowStart = from;
        active.removeIf(note -> note.end() <= windowStart);
        while (next < notes.size() && notes.get(next).onset() < to) {
          active.add(notes.get(next++));
        }
        Tonality key = keys.at(bar);
        Chord implied = perBar ? Sounding.of(active, from, to, timeline).chord(key, true) : null;
        if (implied != null) {
          extend(spans, new ChordSpan(from, to, implied, key));
        } else if (!perBar) {
          int subdivisions = meter.beatsPerPulse() > 1 ? meter.beatsPerPulse() : 2;
          for (BeatChanges.Part part : BeatChanges.of(active, from, to, subdivisions, key)) {
            extend(spans, new ChordSpan(part.from(), part.to(), part.chord(), key));
          }
        }
      }
    }
    return spans;
  }

  /** The span sounding at a time, or null when none does; the spans must be in order. */
  public static ChordSpan spanAt(List<ChordSpan> spans, double time) {
    return Spans.covering(spans, time, ChordSpan::start, ChordSpan::end, 0);
  }

  private static void extend(List<ChordSpan> spans, ChordSpan span) {
    if (!spans.isEmpty()) {
      ChordSpan last = spans.getLast();
      boolean adjacent = Math.abs(last.end() - span.start()) < 1e-9;
      if (adjacent && last.chord().equals(span.chord()) && last.key().equals(span.key())) {
        spans.set(spans.size() - 1, new ChordSpan(last.start(), span.end(), last.chord(), last.key()));
        return;
      }
    }
    spans.add(span);
  }
}
