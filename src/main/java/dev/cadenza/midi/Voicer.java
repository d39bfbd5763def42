package dev.cadenza.midi;

import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns chords given as spelled notes without octaves (bass first) into keyboard voicings: the bass
 * between E2 and D#3, the other tones in close position around middle C, each chord choosing the
 * inversion that moves the upper voices least from the chord before.
 */
final class Voicer {

  private static final int LOWEST_BASS = 40;
  private static final int LOWEST_UPPER = 57;
  private static final int FIRST_TOP = 72;

  private List<Integer> previousUpper = List.of();

  /**
   * The MIDI pitches of the next chord, bass first.
   *
   * @param topPitchClass the pitch class wanted in the top voice, or -1 for any
   */
  List<Integer> voice(List<Note> notesFromBass, int topPitchClass) {
    int bass = LOWEST_BASS + Math.floorMod(notesFromBass.getFirst().pitchClass() - LOWEST_BASS, 12);
    List<Integer> upperClasses = notesFromBass.stream().map(Note::pitchClass).distinct().toList();
    List<Integer> best = null;
    int bestCost = Integer.MAX_VALUE;
    for (int rotation = 0; rotation < upperClasses.size(); rotation++) {
      List<Integer> candidate = stack(upperClasses, rotation);
      if (topPitchClass >= 0 && candidate.getLast() % 12 != topPitchClass) {
        continue;
      }
      int cost = cost(candidate);
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    if (best == null) {
      return voice(notesFromBass, -1);
    }
    previousUpper = best;
    List<Integer> pitches = new ArrayList<>();
    pitches.add(bass);
    pitches.addAll(best);
    return pitches;
  }

  /** The tones from one rotation stacked upwards, the lowest at or just above {@link #LOWEST_UPPER}. */
  private static List<Integer> stack(List<Integer> classes, int rotation) {
    List<Integer> pitches = new ArrayList<>();
    int previous = LOWEST_UPPER - 1;
    for (int i = 0; i < classes.size(); i++) {
      int pitchClass = classes.get((rotation + i) % classes.size());
      int pitch = previous + 1 + Math.floorMod(pitchClass - (previous + 1), 12);
      pitches.add(pitch);
      previous = pitch;
    }
    return pitches;
  }

  private int cost(List<Integer> candidate) {
    if (previousUpper.isEmpty()) {
      return Math.abs(candidate.getLast() - FIRST_TOP);
    }
    int cost = 0;
    for (int i = 0; i < candidate.size(); i++) {
      cost += Math.abs(candidate.get(i) - previousUpper.get(Math.min(i, previousUpper.size() - 1)));
    }
    return cost;
  }
}
