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
 * melodic line, whose harmony is only implied) and merges repeated chords into spans.
 */
public final class HarmonyAnalyzer {

  /** A chord and the local key it is heard in, from {@code start} to {@code end} in quarter notes. */
  public record ChordSpan(double start, double end, Chord chord, Tonality key) {}

  /** A note must fill this share of a window to count as its bass: a detached sixteenth in a beat does. */
  private static final double BASS_SHARE = 0.125;
  /** In a single line, notes on strong beats weigh this much more: they usually carry the implied harmony. */
  private static final double STRONG_BEAT_WEIGHT = 2;

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
        Chord chord = chordIn(active, from, to, keys.at(bar), perBar ? timeline : null);
        if (chord != null) {
          extend(spans, new ChordSpan(from, to, chord, keys.at(bar)));
        }
      }
    }
    return spans;
  }

  /** The span sounding at a time, or null when none does; the spans must be in order. */
  public static ChordSpan spanAt(List<ChordSpan> spans, double time) {
    return Spans.covering(spans, time, ChordSpan::start, ChordSpan::end, 0);
  }

  /** The chord of a window; with a timeline, as a single line whose strong-beat notes weigh more. */
  private static Chord chordIn(List<Note> active, double from, double to, Tonality key, Timeline singleLine) {
    double[] weights = new double[12];
    int bass = -1;
    int fallbackBass = -1;
    for (Note note : active) {
      double overlap = note.overlap(from, to);
      boolean accented = singleLine != null && isOnStrongBeat(note, singleLine);
      weights[note.pitchClass()] += overlap * (accented ? STRONG_BEAT_WEIGHT : 1);
      if (overlap > 0 && (fallbackBass < 0 || note.pitch() < fallbackBass)) {
        fallbackBass = note.pitch();
      }
      if (overlap >= BASS_SHARE * (to - from) && (bass < 0 || note.pitch() < bass)) {
        bass = note.pitch();
      }
    }
    if (fallbackBass < 0) {
      return null;
    }
    return ChordMatcher.match(weights, (bass < 0 ? fallbackBass : bass) % 12, key, singleLine != null);
  }

  private static boolean isOnStrongBeat(Note note, Timeline timeline) {
    return timeline.meter(note.onset()).isStrongBeat(timeline.position(note.onset()).beat());
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
