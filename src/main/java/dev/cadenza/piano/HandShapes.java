package dev.cadenza.piano;

import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Fingers for arpeggios, block chords and the chromatic scale, from the published patterns.
 *
 * <p>Arpeggios (root position, one octave): on a white-key root and on the all-black F# major and Eb
 * minor the hands play 1-2-3-5 and 5-4-2-1 (F# major's left hand 5-3-2-1); Db, Eb, Ab major and C#, F#,
 * G# minor take the 2-1-2-4 and 2-1-4-2 shape with the thumbs on the white key; Bb major and minor put
 * the right thumb on the first white key and the left thumb on the last.
 *
 * <p>Block chords in close position: the outer fingers are 1 and 5; the finger beside the little finger
 * is 4 across a second, 3 across a third, 2 across a fourth or wider; in four-note chords the finger
 * beside the thumb is 2. So triads are 1-3-5, 1-2-5 (first inversion), 1-3-5 (second) in the right hand
 * and 5-3-1, 5-3-1, 5-2-1 in the left; seventh chords 1-2-3-5 (1-2-4-5 in first inversion) and 5-3-2-1
 * (5-4-2-1 in third inversion).
 */
final class HandShapes {

  private HandShapes() {}

  /** Right and left hand for a one-octave root-position arpeggio of a major or minor triad on {@code root}. */
  static int[][] arpeggio(Note root, boolean minor) {
    int pc = root.pitchClass();
    String row = switch (pc) {
      case 1, 3, 8 -> minor ? (pc == 3 ? "1235 5421" : "2124 2142") : "2124 2142";
      case 6 -> minor ? "2124 2142" : "1235 5321";
      case 10 -> minor ? "2312 3213" : "2124 3213";
      default -> "1235 5421";
    };
    return ScaleFingerings.parse(row);
  }

  /** Fingers for the notes of a close-position chord, bottom to top, in one hand. */
  static int[] chord(List<Note> pitches, boolean right) {
    int n = pitches.size();
    if (n == 1) {
      return new int[] {right ? 1 : 5};
    }
    if (n == 2) {
      return right ? new int[] {1, 5} : new int[] {5, 1};
    }
    if (n == 5) {
      return right ? new int[] {1, 2, 3, 4, 5} : new int[] {5, 4, 3, 2, 1};
    }
    if (n > 5) {
      throw new IllegalArgumentException("one hand cannot hold " + n + " notes");
    }
    int besideFive = right ? byGap(semitones(pitches.get(n - 2), pitches.get(n - 1)))
        : byGap(semitones(pitches.get(0), pitches.get(1)));
    int[] fingers = new int[n];
    if (right) {
      fingers[0] = 1;
      fingers[n - 1] = 5;
      fingers[n - 2] = besideFive;
      if (n == 4) {
        fingers[1] = 2;
      }
    } else {
      fingers[0] = 5;
      fingers[n - 1] = 1;
      fingers[1] = besideFive;
      if (n == 4) {
        fingers[2] = 2;
      }
    }
    return fingers;
  }

  private static int byGap(int semitones) {
    return semitones <= 2 ? 4 : semitones <= 4 ? 3 : 2;
  }

  private static int semitones(Note lower, Note upper) {
    return upper.midi() - lower.midi();
  }

  /**
   * The chromatic scale's fingers, ascending: black keys 3, white keys 1, except where two white keys
   * meet (E-F, B-C): the right hand plays the upper of them with 2, the left hand the lower with 2.
   */
  static int[] chromatic(List<Note> ascending, boolean right) {
    List<Integer> fingers = new ArrayList<>();
    for (int i = 0; i < ascending.size(); i++) {
      Note note = ascending.get(i);
      if (PianoKey.isBlack(note)) {
        fingers.add(3);
      } else if (right && i > 0 && !PianoKey.isBlack(ascending.get(i - 1))) {
        fingers.add(2);
      } else if (!right && i + 1 < ascending.size() && !PianoKey.isBlack(ascending.get(i + 1))) {
        fingers.add(2);
      } else {
        fingers.add(1);
      }
    }
    return fingers.stream().mapToInt(Integer::intValue).toArray();
  }
}
