package dev.cadenza.midi.voice;

import dev.cadenza.midi.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds four-part writing: either exactly four monophonic parts (tracks, or channels within one
 * track), ordered soprano to bass by average pitch, or one part in which four notes sound together
 * nearly everywhere, divided into voices by pitch (so crossings cannot show). Returns the music as
 * slices: the four pitches sounding from each onset on.
 */
public final class VoiceExtractor {

  /** Soprano, alto, tenor and bass pitches (MIDI, -1 for a rest) from {@code time} on. */
  public record Slice(double time, int[] pitches) {
    public Slice {
      pitches = pitches.clone();
    }

    int pitch(int voice) {
      return pitches[voice];
    }
  }

  static final int VOICES = 4;
  /** A part counts as one voice when no more than this share of its notes overlap the next one. */
  private static final double MONOPHONIC_SHARE = 0.9;
  /** Overlap tolerated between consecutive notes of one voice (legato playing), in quarter notes. */
  private static final double LEGATO = 0.25;
  /** Share of onsets with exactly four sounding notes for a single part to count as four voices. */
  private static final double CHORDAL_SHARE = 0.9;

  private VoiceExtractor() {}

  /** The four-voice slices, or an empty list when the music is not in four parts. */
  public static List<Slice> extract(List<Note> notes) {
    Map<Integer, List<Note>> parts = new TreeMap<>();
    for (Note note : notes) {
      parts.computeIfAbsent(note.part(), key -> new ArrayList<>()).add(note);
    }
    if (parts.size() == VOICES && parts.values().stream().allMatch(VoiceExtractor::isMonophonic)) {
      List<List<Note>> voices = new ArrayList<>(parts.values());
      voices.sort(Comparator.comparingDouble((List<Note> part) -> part.stream().mapToInt(Note::pitch).average().orElse(0))
          .reversed());
      return slicesOfVoices(voices);
    }
    return parts.size() == 1 ? slicesOfChords(notes) : List.of();
  }

  private static boolean isMonophonic(List<Note> part) {
    int overlapping = 0;
    for (int i = 1; i < part.size(); i++) {
      overlapping += part.get(i).onset() < part.get(i - 1).end() - LEGATO ? 1 : 0;
    }
    return part.size() - overlapping >= MONOPHONIC_SHARE * part.size();
  }

  private static List<Slice> slicesOfVoices(List<List<Note>> voices) {
    TreeSet<Double> onsets = new TreeSet<>();
    voices.forEach(voice -> voice.forEach(note -> onsets.add(note.onset())));
    List<Slice> slices = new ArrayList<>();
    int[] cursors = new int[VOICES];
    for (double time : onsets) {
      int[] pitches = new int[VOICES];
      for (int v = 0; v < VOICES; v++) {
        List<Note> voice = voices.get(v);
        while (cursors[v] + 1 < voice.size() && voice.get(cursors[v] + 1).onset() <= time) {
          cursors[v]++;
        }
        Note note = voice.get(cursors[v]);
        pitches[v] = note.onset() <= time && time < note.end() ? note.pitch() : -1;
      }
      slices.add(new Slice(time, pitches));
    }
    return slices;
  }

  private static List<Slice> slicesOfChords(List<Note> notes) {
    TreeSet<Double> onsets = new TreeSet<>();
    notes.forEach(note -> onsets.add(note.onset()));
    int allowedOthers = (int) Math.floor((1 - CHORDAL_SHARE) * onsets.size());
    List<Slice> slices = new ArrayList<>();
    List<Note> sounding = new ArrayList<>();
    int next = 0;
    for (double time : onsets) {
      sounding.removeIf(note -> note.end() <= time);
      while (next < notes.size() && notes.get(next).onset() <= time) {
        sounding.add(notes.get(next++));
      }
      if (sounding.size() > VOICES || (sounding.size() < VOICES && --allowedOthers < 0)) {
        return List.of();
      }
      List<Integer> pitches = sounding.stream().map(Note::pitch).sorted(Comparator.reverseOrder()).toList();
      int[] voices = {-1, -1, -1, -1};
      for (int v = 0; v < pitches.size(); v++) {
        voices[v] = pitches.get(v);
      }
      slices.add(new Slice(time, voices));
    }
    return slices;
  }
}
