package dev.cadenza.midi;

import dev.cadenza.midi.harmony.HarmonyAnalyzer;
import dev.cadenza.midi.harmony.HarmonyAnalyzer.ChordSpan;
import dev.cadenza.midi.key.KeyTracker;
import dev.cadenza.midi.key.Tonality;
import dev.cadenza.midi.voice.Issue;
import dev.cadenza.midi.voice.Rule;
import java.util.List;

/**
 * What the later analysis steps share: where things are in time, which key is in force, which
 * chord sounds, and how to spell it all.
 */
public record Context(Timeline timeline, KeyTracker.KeyTrack keys, List<ChordSpan> harmony, MusicNames names) {

  public Context {
    harmony = List.copyOf(harmony);
  }

  BarBeat position(double quarters) {
    return timeline.position(quarters);
  }

  /** The local key at a position in quarter notes. */
  public Tonality keyAt(double quarters) {
    return keys.at(position(quarters).bar());
  }

  /** The chord sounding at a position, or null. */
  public ChordSpan chordAt(double quarters) {
    return HarmonyAnalyzer.spanAt(harmony, quarters);
  }

  /** A pitch spelled in the local key at a position, e.g. "F#4". */
  public String note(int pitch, double quarters) {
    return names.note(pitch, keyAt(quarters));
  }

  /** The interval between two pitches spelled in the local key at a position. */
  public String interval(int low, int high, double quarters) {
    return names.interval(low, high, keyAt(quarters));
  }

  /** An issue placed at a position. */
  public Issue issue(double quarters, Rule rule, String message) {
    BarBeat at = position(quarters);
    return new Issue(at.bar(), at.roundedBeat(), rule.id(), message);
  }
}
