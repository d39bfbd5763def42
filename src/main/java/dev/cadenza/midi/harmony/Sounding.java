package dev.cadenza.midi.harmony;

import dev.cadenza.midi.Note;
import dev.cadenza.midi.Timeline;
import dev.cadenza.midi.key.Tonality;
import java.util.List;

/**
 * What sounds in a window of time: how long each pitch class sounds, which pitch classes are struck
 * together with another (as chord members are, unlike a melody's passing tone over a held chord), and
 * the lowest note that fills enough of the window to count as its bass.
 *
 * @param struckTogether bit mask of the pitch classes with a note that starts with a note of another
 *     pitch class, give or take a 32nd note
 * @param bass MIDI number of the bass, or -1 when nothing sounds
 */
record Sounding(double[] weights, int struckTogether, int bass) {

  /**
   * A note must fill this share of a window to count as its bass: a detached sixteenth in a beat does. The tail
   * of a note held over from before the window, ending before its middle, counts for nothing when a new chord is
   * struck at the window's start: that is the previous chord held with the pedal into the next.
   */
  private static final double BASS_SHARE = 0.125;
  /** In a single line, notes on strong beats weigh this much more: they usually carry the implied harmony. */
  private static final double STRONG_BEAT_WEIGHT = 2;
  /** Notes starting this close (a 32nd note, in quarters) are struck together, as a played chord is. */
  static final double TOGETHER = 0.125;

  /**
   * @param singleLine the timeline when the music is a single line, whose strong-beat notes weigh more;
   *     null for music in parts
   */
  static Sounding of(List<Note> active, double from, double to, Timeline singleLine) {
    double[] weights = new double[12];
    boolean chordStruck = newChordStruck(active, from, to);
    int bass = -1;
    int fallbackBass = -1;
    for (Note note : active) {
      boolean tail = chordStruck && note.onset() < from && note.end() < (from + to) / 2;
      double overlap = tail ? 0 : note.overlap(from, to);
      boolean accented = singleLine != null && isOnStrongBeat(note, singleLine);
      weights[note.pitchClass()] += overlap * (accented ? STRONG_BEAT_WEIGHT : 1);
      if (overlap > 0 && (fallbackBass < 0 || note.pitch() < fallbackBass)) {
        fallbackBass = note.pitch();
      }
      if (overlap >= BASS_SHARE * (to - from) && (bass < 0 || note.pitch() < bass)) {
        bass = note.pitch();
      }
    }
    return new Sounding(weights, struckTogether(active, from, to), bass < 0 ? fallbackBass : bass);
  }

  /** Whether at least two notes start at the window's start and sound past its middle. */
  private static boolean newChordStruck(List<Note> active, double from, double to) {
    return active.stream().filter(note -> Math.abs(note.onset() - from) <= TOGETHER && note.end() > (from + to) / 2)
        .count() >= 2;
  }

  private static int struckTogether(List<Note> active, double from, double to) {
    int mask = 0;
    for (Note note : active) {
      if (note.overlap(from, to) <= 0) {
        continue;
      }
      for (Note other : active) {
        if (other.pitchClass() != note.pitchClass() && other.overlap(from, to) > 0
            && Math.abs(other.onset() - note.onset()) <= TOGETHER) {
          mask |= 1 << note.pitchClass();
          break;
        }
      }
    }
    return mask;
  }

  /** The chord that best explains the window, or null when fewer than two pitch classes sound. */
  Chord chord(Tonality key, boolean triadsOnly) {
    return bass < 0 ? null : ChordMatcher.match(weights, struckTogether, bass % 12, key, triadsOnly);
  }

  private static boolean isOnStrongBeat(Note note, Timeline timeline) {
    return timeline.meter(note.onset()).isStrongBeat(timeline.position(note.onset()).beat());
  }
}
