package dev.cadenza.midi.voice;

import dev.cadenza.midi.Context;
import dev.cadenza.midi.harmony.HarmonyAnalyzer.ChordSpan;
import dev.cadenza.midi.voice.VoiceExtractor.Slice;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks four-part writing slice by slice: what each chord does on its own (range, spacing,
 * crossing) and what each move between chords does (parallel and hidden perfect intervals,
 * overlap, large leaps, resolution of the leading tone and of chordal sevenths). Issues are placed
 * at the bar and beat of the chord where the problem is heard.
 */
public final class VoiceLeadingChecker {

  static final String[] VOICE_NAMES = {"soprano", "alto", "tenor", "bass"};
  /** Lowest and highest MIDI pitch of each voice, soprano first. */
  private static final int[][] RANGES = {{60, 79}, {55, 74}, {48, 67}, {40, 60}};
  /** The same ranges as written, whatever the key. */
  private static final String[] RANGE_NAMES = {"C4–G5", "G3–D5", "C3–G4", "E2–C4"};
  private static final int OCTAVE = 12;

  private final Context context;
  private final List<Issue> issues = new ArrayList<>();
  private Slice current;

  private VoiceLeadingChecker(Context context) {
    this.context = context;
  }

  public static List<Issue> check(List<Slice> slices, Context context) {
    VoiceLeadingChecker checker = new VoiceLeadingChecker(context);
    Slice previous = null;
    for (Slice slice : slices) {
      checker.current = slice;
      checker.checkChord(previous);
      if (previous != null) {
        new MotionRules(checker, previous, slice).check();
      }
      previous = slice;
    }
    return checker.issues;
  }

  private void checkChord(Slice previous) {
    for (int v = 0; v < VoiceExtractor.VOICES; v++) {
      int pitch = current.pitch(v);
      boolean fresh = previous == null || previous.pitch(v) != pitch;
      if (pitch >= 0 && fresh && (pitch < RANGES[v][0] || pitch > RANGES[v][1])) {
        add(Rule.RANGE, "The " + VOICE_NAMES[v] + "'s " + note(pitch) + " is " + (pitch < RANGES[v][0] ? "below" : "above")
            + " its range (" + RANGE_NAMES[v] + ").");
      }
    }
    for (int upper = 0; upper < VoiceExtractor.VOICES - 1; upper++) {
      int lower = upper + 1;
      int high = current.pitch(upper);
      int low = current.pitch(lower);
      boolean changed = previous == null || previous.pitch(upper) != high || previous.pitch(lower) != low;
      if (high < 0 || low < 0 || !changed) {
        continue;
      }
      if (high < low) {
        add(Rule.VOICE_CROSSING, "The " + VOICE_NAMES[lower] + " (" + note(low) + ") is above the " + VOICE_NAMES[upper]
            + " (" + note(high) + ").");
      } else if (lower < VoiceExtractor.VOICES - 1 && high - low > OCTAVE) {
        add(Rule.SPACING, capitalised(VOICE_NAMES[upper]) + " and " + VOICE_NAMES[lower] + " are more than an octave apart ("
            + note(low) + " to " + note(high) + ", " + interval(low, high) + ").");
      }
    }
  }

  /** Records an issue at the current slice. */
  void add(Rule rule, String message) {
    issues.add(context.issue(current.time(), rule, message));
  }

  /** The chord heard at a time, or null between chords. */
  ChordSpan chordAt(double time) {
    return context.chordAt(time);
  }

  /** A pitch spelled in the key at the current slice. */
  String note(int pitch) {
    return context.note(pitch, current.time());
  }

  String interval(int low, int high) {
    return context.interval(low, high, current.time());
  }

  String chordSymbol(ChordSpan span) {
    return context.names().chordSymbol(span.chord(), span.key());
  }

  static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
