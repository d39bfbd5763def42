package dev.cadenza.midi.harmony;

import dev.cadenza.midi.Note;
import dev.cadenza.midi.key.Tonality;
import java.util.List;

/**
 * Finds a change of harmony inside a beat (two chords a beat in fast harmonic rhythm, a chord arriving on
 * an off-beat eighth) by cutting the beat at its subdivisions.
 *
 * <p>A cut is taken only when the change is articulated there: at the cut (give or take a 32nd note, as
 * a player is early or late) at least two notes outside the earlier chord start together, or the bass
 * leaps to a note outside it. A passing or neighbour tone is one note moving by step, so it never cuts
 * a beat; nor does a scale run, whose notes start one after another, a chord held with the pedal into
 * the next beat, which starts nothing at the cut, or the next chord played a little early.
 */
final class BeatChanges {

  /** A chord over part of a beat. */
  record Part(double from, double to, Chord chord) {}

  /** The bass moves to a new chord by leap; a step in the bass is read as a passing tone. */
  private static final int BASS_LEAP = 3;

  private BeatChanges() {}

  /**
   * The chords of one beat: one part for the whole beat, or two when the harmony changes at one of its
   * subdivisions; empty when nothing sounds.
   *
   * @param active the notes sounding in the beat, in onset order
   * @param subdivisions equal parts of the beat where a change may fall: 2 in simple time, 3 in compound
   */
  static List<Part> of(List<Note> active, double from, double to, int subdivisions, Tonality key) {
    double step = (to - from) / subdivisions;
    for (int cut = 1; cut < subdivisions; cut++) {
      double at = from + cut * step;
      Sounding before = Sounding.of(active, from, at, null);
      Sounding after = Sounding.of(active, at, to, null);
      Chord first = before.chord(key, false);
      Chord second = after.chord(key, false);
      if (first != null && second != null && !first.sameHarmony(second)
          && articulated(active, at, first, second, before.bass(), after.bass())) {
        return List.of(new Part(from, at, first), new Part(at, to, second));
      }
    }
    Chord whole = Sounding.of(active, from, to, null).chord(key, false);
    return whole == null ? List.of() : List.of(new Part(from, to, whole));
  }

  private static boolean articulated(List<Note> active, double cut, Chord first, Chord second, int bassBefore,
      int bassAfter) {
    boolean bassLeaps = Math.abs(bassAfter - bassBefore) >= BASS_LEAP && !first.contains(bassAfter % 12);
    if (bassLeaps && active.stream().anyMatch(note -> note.pitch() == bassAfter && struckAt(note, cut))) {
      return true;
    }
    long newTones = active.stream().filter(note -> struckAt(note, cut) && second.contains(note.pitchClass())
        && !first.contains(note.pitchClass())).count();
    return newTones >= 2;
  }

  private static boolean struckAt(Note note, double cut) {
    return Math.abs(note.onset() - cut) <= Sounding.TOGETHER;
  }
}
