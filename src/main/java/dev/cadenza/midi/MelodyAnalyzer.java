package dev.cadenza.midi;

import dev.cadenza.midi.key.Tonality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts the top voice and describes it. The top voice is taken from the part (track and channel)
 * with the highest average pitch, so that the accompaniment cannot fill the melody's rests, and
 * within it is the "skyline": at each onset the highest new note, unless a higher melody note is
 * still sounding.
 */
public final class MelodyAnalyzer {

  /** Onsets closer than this, in quarter notes, are played together (unquantised chords). */
  public static final double TOGETHER = 0.0625;
  private static final int LEAP = 5;
  private static final int SHAPE = 3;
  private static final int LEAPS_LISTED = 3;

  private MelodyAnalyzer() {}

  /** The top voice of pitched notes given in onset order; each note is cut where the next one starts. */
  public static List<Note> topVoice(List<Note> pitched) {
    Map<Integer, List<Note>> parts = new HashMap<>();
    pitched.forEach(note -> parts.computeIfAbsent(note.part(), part -> new ArrayList<>()).add(note));
    List<Note> notes = parts.values().stream()
        .max(Comparator.comparingDouble((List<Note> part) -> part.stream().mapToInt(Note::pitch).average().orElse(0))
            .thenComparingInt(part -> -part.getFirst().part()))
        .orElseThrow();
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
  public static int pitchAt(List<Note> melody, double time) {
    Note note = Spans.covering(melody, time, Note::onset, Note::end, TOGETHER);
    return note == null ? -1 : note.pitch();
  }

  static MelodySummary summarize(List<Note> melody, Context context) {
    Note lowest = melody.stream().min(Comparator.comparingInt(Note::pitch)).orElseThrow();
    Note highest = melody.stream().max(Comparator.comparingInt(Note::pitch)).orElseThrow();
    List<MelodySummary.Leap> leaps = new ArrayList<>();
    for (int i = 1; i < melody.size(); i++) {
      int from = melody.get(i - 1).pitch();
      int to = melody.get(i).pitch();
      if (Math.abs(to - from) >= LEAP) {
        double onset = melody.get(i).onset();
        BarBeat at = context.position(onset);
        leaps.add(new MelodySummary.Leap(at.bar(), at.roundedBeat(), context.note(from, onset), context.note(to, onset),
            to - from, context.interval(Math.min(from, to), Math.max(from, to), onset)));
      }
    }
    leaps.sort(Comparator.comparingInt((MelodySummary.Leap leap) -> -Math.abs(leap.semitones()))
        .thenComparingInt(MelodySummary.Leap::bar).thenComparingDouble(MelodySummary.Leap::beat));
    List<MelodySummary.NonChordTone> tones = NonChordTones.find(melody, context);
    Tonality home = context.keys().home().key();
    return new MelodySummary(context.note(lowest.pitch(), lowest.onset()), context.note(highest.pitch(), highest.onset()),
        highest.pitch() - lowest.pitch(), context.names().interval(lowest.pitch(), highest.pitch(), home),
        contour(melody, lowest.pitch(), highest.pitch()),
        melody.size(), leaps.subList(0, Math.min(LEAPS_LISTED, leaps.size())),
        tones.subList(0, Math.min(MelodySummary.MAX_LISTED, tones.size())), tones.size());
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
