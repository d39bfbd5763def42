package dev.cadenza.midi;

import dev.cadenza.midi.HarmonyAnalyzer.ChordSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Extracts the top voice (the "skyline": at each onset the highest new note, unless a higher melody
 * note is still sounding) and describes it.
 */
final class MelodyAnalyzer {

  /** Onsets closer than this, in quarter notes, are played together (unquantised chords). */
  static final double TOGETHER = 0.0625;
  private static final int LEAP = 5;
  private static final int SHAPE = 3;
  private static final int LEAPS_LISTED = 3;

  private MelodyAnalyzer() {}

  /** The top voice of pitched notes given in onset order; each note is cut where the next one starts. */
  static List<Note> topVoice(List<Note> notes) {
    List<Note> melody = new ArrayList<>();
    Note current = null;
    int i = 0;
    while (i < notes.size()) {
      double onset = notes.get(i).onset();
      Note top = notes.get(i);
      for (i++; i < notes.size() && notes.get(i).onset() < onset + TOGETHER; i++) {
        top = notes.get(i).pitch() > top.pitch() ? notes.get(i) : top;
      }
      if (current == null || current.end() <= onset + TOGETHER || top.pitch() >= current.pitch()) {
        if (current != null) {
          melody.add(cut(current, onset));
        }
        current = top;
      }
    }
    if (current != null) {
      melody.add(current);
    }
    return melody;
  }

  /** The melody pitch sounding at a time, or -1. */
  static int pitchAt(List<Note> melody, double time) {
    int low = 0;
    int high = melody.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Note note = melody.get(middle);
      if (time < note.onset() - TOGETHER) {
        high = middle - 1;
      } else if (time >= note.end()) {
        low = middle + 1;
      } else {
        return note.pitch();
      }
    }
    return -1;
  }

  static MelodySummary summarize(List<Note> melody, List<ChordSpan> spans, Timeline timeline, Tonality home,
      MusicNames names) {
    Note lowest = melody.stream().min(Comparator.comparingInt(Note::pitch)).orElseThrow();
    Note highest = melody.stream().max(Comparator.comparingInt(Note::pitch)).orElseThrow();
    List<MelodySummary.Leap> leaps = new ArrayList<>();
    for (int i = 1; i < melody.size(); i++) {
      int from = melody.get(i - 1).pitch();
      int to = melody.get(i).pitch();
      if (Math.abs(to - from) >= LEAP) {
        Tonality key = keyAt(spans, melody.get(i), home);
        BarBeat at = timeline.position(melody.get(i).onset());
        leaps.add(new MelodySummary.Leap(at.bar(), at.roundedBeat(), names.note(from, key), names.note(to, key), to - from,
            names.interval(Math.min(from, to), Math.max(from, to), key)));
      }
    }
    leaps.sort(Comparator.comparingInt((MelodySummary.Leap leap) -> -Math.abs(leap.semitones()))
        .thenComparingInt(MelodySummary.Leap::bar).thenComparingDouble(MelodySummary.Leap::beat));
    List<MelodySummary.NonChordTone> tones = NonChordTones.find(melody, spans, timeline, home, names);
    return new MelodySummary(names.note(lowest.pitch(), keyAt(spans, lowest, home)),
        names.note(highest.pitch(), keyAt(spans, highest, home)), highest.pitch() - lowest.pitch(),
        names.interval(lowest.pitch(), highest.pitch(), home), contour(melody, lowest.pitch(), highest.pitch()),
        melody.size(), leaps.subList(0, Math.min(LEAPS_LISTED, leaps.size())),
        tones.subList(0, Math.min(MelodySummary.MAX_LISTED, tones.size())), tones.size());
  }

  static Tonality keyAt(List<ChordSpan> spans, Note note, Tonality home) {
    ChordSpan span = HarmonyAnalyzer.spanAt(spans, note.onset());
    return span == null ? home : span.key();
  }

  private static String contour(List<Note> melody, int low, int high) {
    int first = melody.getFirst().pitch();
    int last = melody.getLast().pitch();
    if (high - low < SHAPE) {
      return "level";
    }
    int peak = high - Math.max(first, last);
    int trough = Math.min(first, last) - low;
    if (Math.max(peak, trough) >= SHAPE && Math.abs(last - first) < Math.max(peak, trough)) {
      return peak >= trough ? "arch" : "inverted arch";
    }
    if (Math.abs(last - first) >= SHAPE) {
      return last > first ? "ascending" : "descending";
    }
    return "wave";
  }

  private static Note cut(Note note, double end) {
    if (end >= note.end()) {
      return note;
    }
    double duration = end - note.onset();
    return new Note(note.onset(), duration, note.onsetSeconds(), note.durationSeconds() * duration / note.duration(),
        note.pitch(), note.velocity(), note.track(), note.channel());
  }
}
