package dev.cadenza.midi.voice;

import dev.cadenza.midi.Context;
import dev.cadenza.midi.MusicNames;
import dev.cadenza.midi.Note;
import dev.cadenza.midi.harmony.Harmony;
import dev.cadenza.midi.harmony.HarmonyAnalyzer.ChordSpan;
import dev.cadenza.midi.key.Tonality;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that apply to any texture: the ending on the tonic, and leaps in the melody when there are
 * no four voices to check.
 */
public final class LineChecks {

  private static final int OCTAVE = 12;

  private LineChecks() {}

  /**
   * An issue when the music does not close on the tonic of its local key: the last chord, or the last
   * note of a single line.
   */
  public static List<Issue> ending(List<Note> melody, boolean singleLine, Context context) {
    Note last = melody.getLast();
    Tonality key = context.keyAt(last.onset());
    MusicNames names = context.names();
    if (singleLine && last.pitchClass() != key.tonic()) {
      return List.of(context.issue(last.onset(), Rule.FINAL_CADENCE, "The melody ends on " + names.note(last.pitch(), key)
          + ", not on the tonic " + names.tonic(key) + " of " + names.keyName(key) + "."));
    }
    List<ChordSpan> harmony = context.harmony();
    if (!singleLine && !harmony.isEmpty() && !Harmony.isTonic(harmony.getLast().chord(), harmony.getLast().key())) {
      ChordSpan span = harmony.getLast();
      return List.of(context.issue(span.start(), Rule.FINAL_CADENCE, "The piece ends on "
          + names.chordSymbol(span.chord(), span.key()) + " (" + names.roman(span.chord(), span.key())
          + ") rather than the tonic chord of " + names.keyName(span.key()) + "."));
    }
    return List.of();
  }

  /** An issue for each leap of more than an octave in the top voice. */
  public static List<Issue> melodyLeaps(List<Note> melody, Context context) {
    List<Issue> issues = new ArrayList<>();
    for (int i = 1; i < melody.size(); i++) {
      int from = melody.get(i - 1).pitch();
      int to = melody.get(i).pitch();
      double at = melody.get(i).onset();
      if (Math.abs(to - from) > OCTAVE) {
        issues.add(context.issue(at, Rule.LARGE_LEAP, "The melody leaps a "
            + context.interval(Math.min(from, to), Math.max(from, to), at) + " from " + context.note(from, at) + " to "
            + context.note(to, at) + "."));
      }
    }
    return issues;
  }
}
