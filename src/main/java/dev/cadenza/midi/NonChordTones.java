package dev.cadenza.midi;

import dev.cadenza.midi.harmony.HarmonyAnalyzer.ChordSpan;
import java.util.ArrayList;
import java.util.List;

/** Finds melody notes outside the chord under them and names their type from how they are approached and left. */
final class NonChordTones {

  private NonChordTones() {}

  static List<MelodySummary.NonChordTone> find(List<Note> melody, Context context) {
    List<MelodySummary.NonChordTone> found = new ArrayList<>();
    for (int i = 0; i < melody.size(); i++) {
      Note note = melody.get(i);
      ChordSpan span = context.chordAt(note.onset());
      if (span == null || span.chord().contains(note.pitchClass())) {
        continue;
      }
      int previous = i > 0 ? melody.get(i - 1).pitch() : -1;
      Note following = i + 1 < melody.size() ? melody.get(i + 1) : null;
      BarBeat at = context.position(note.onset());
      found.add(new MelodySummary.NonChordTone(at.bar(), at.roundedBeat(), context.names().note(note.pitch(), span.key()),
          type(previous, note.pitch(), following, context)));
    }
    return found;
  }

  private static String type(int previous, int pitch, Note following, Context context) {
    if (previous < 0 || following == null) {
      return "non-chord tone";
    }
    int approach = pitch - previous;
    int departure = following.pitch() - pitch;
    if (approach == 0 && isStep(departure)) {
      return departure < 0 ? "suspension" : "retardation";
    }
    if (isStep(approach) && isStep(departure)) {
      return Integer.signum(approach) == Integer.signum(departure) ? "passing tone" : "neighbour tone";
    }
    if (Math.abs(approach) > 2 && isStep(departure) && Integer.signum(approach) != Integer.signum(departure)) {
      return "appoggiatura";
    }
    if (isStep(approach) && Math.abs(departure) > 2) {
      return "escape tone";
    }
    ChordSpan next = context.chordAt(following.onset());
    if (departure == 0 && next != null && next.chord().contains(pitch % 12)) {
      return "anticipation";
    }
    return "non-chord tone";
  }

  private static boolean isStep(int semitones) {
    return semitones != 0 && Math.abs(semitones) <= 2;
  }
}
