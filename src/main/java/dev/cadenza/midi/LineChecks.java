package dev.cadenza.midi;

import dev.cadenza.midi.HarmonyAnalyzer.ChordSpan;
import java.util.ArrayList;
import java.util.List;

/** Checks that apply to any texture: the ending on the tonic, and leaps in the melody when there are no four voices to check. */
final class LineChecks {

  private static final int OCTAVE = 12;

  private LineChecks() {}

  /** An issue when the music does not close on the tonic: the last chord, or the last melody note of a single line. */
  static List<Issue> ending(List<ChordSpan> spans, List<Note> melody, boolean singleLine, Timeline timeline,
      Tonality home, MusicNames names) {
    Note last = melody.getLast();
    Tonality key = MelodyAnalyzer.keyAt(spans, last, home);
    if (singleLine && last.pitchClass() != key.tonic()) {
      BarBeat at = timeline.position(last.onset());
      return List.of(new Issue(at.bar(), at.roundedBeat(), Rule.FINAL_CADENCE.id(), "The melody ends on "
          + names.note(last.pitch(), key) + ", not on the tonic " + names.tonic(key) + " of " + names.keyName(key) + "."));
    }
    if (!singleLine && !spans.isEmpty() && !Harmony.isTonic(spans.getLast().chord(), spans.getLast().key())) {
      ChordSpan span = spans.getLast();
      BarBeat at = timeline.position(span.start());
      return List.of(new Issue(at.bar(), at.roundedBeat(), Rule.FINAL_CADENCE.id(), "The piece ends on "
          + names.chordSymbol(span.chord(), span.key()) + " (" + names.roman(span.chord(), span.key())
          + ") rather than the tonic chord of " + names.keyName(span.key()) + "."));
    }
    return List.of();
  }

  /** An issue for each leap of more than an octave in the top voice. */
  static List<Issue> melodyLeaps(List<Note> melody, List<ChordSpan> spans, Timeline timeline, Tonality home,
      MusicNames names) {
    List<Issue> issues = new ArrayList<>();
    for (int i = 1; i < melody.size(); i++) {
      int from = melody.get(i - 1).pitch();
      int to = melody.get(i).pitch();
      if (Math.abs(to - from) > OCTAVE) {
        Tonality key = MelodyAnalyzer.keyAt(spans, melody.get(i), home);
        BarBeat at = timeline.position(melody.get(i).onset());
        issues.add(new Issue(at.bar(), at.roundedBeat(), Rule.LARGE_LEAP.id(), "The melody leaps a "
            + names.interval(Math.min(from, to), Math.max(from, to), key) + " from " + names.note(from, key) + " to "
            + names.note(to, key) + "."));
      }
    }
    return issues;
  }
}
