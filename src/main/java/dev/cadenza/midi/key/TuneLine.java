package dev.cadenza.midi.key;

import java.util.Random;

/**
 * A melody walking over the scale of a mode for {@link ModalTunes}, counted in scale steps from the
 * tonic (step 7 is the tonic an octave up), within a range of a tenth: from the tonic up in an
 * authentic range, from the fifth below in a plagal one.
 */
final class TuneLine {

  private static final int RANGE = 9;
  private static final int DOMINANT_ROOT = 4;
  private static final int SEVENTH = 6;

  private final int[] scale;
  private final int tonicPitch;
  private final int lowest;
  private final boolean raiseLeadingTone;
  private int step;

  /**
   * @param tonicPitch MIDI number of the tonic at step 0
   * @param lowest the lowest step: 0 (authentic range) or -3 (plagal)
   * @param raiseLeadingTone in minor, raise the seventh over the dominant chord (harmonic minor)
   */
  TuneLine(Mode mode, int tonicPitch, int lowest, boolean raiseLeadingTone) {
    this.scale = mode.scale();
    this.tonicPitch = tonicPitch;
    this.lowest = lowest;
    this.raiseLeadingTone = raiseLeadingTone && mode == Mode.MINOR;
    this.step = lowest + 4;
  }

  int lowest() {
    return lowest;
  }

  /** The MIDI pitch of a step heard over a chord on {@code root}. */
  int pitch(int at, int root) {
    int degree = Math.floorMod(at, 7);
    boolean raised = raiseLeadingTone && degree == SEVENTH && Math.floorMod(root, 7) == DOMINANT_ROOT;
    return tonicPitch + 12 * Math.floorDiv(at, 7) + scale[degree] + (raised ? 1 : 0);
  }

  /** Moves to a tone of the chord on {@code root} near the contour's target (steps above the lowest). */
  int chordTone(int root, int target, Random random) {
    int best = step;
    double bestCost = Double.MAX_VALUE;
    for (int candidate = lowest; candidate <= lowest + RANGE; candidate++) {
      int above = Math.floorMod(candidate - root, 7);
      if (above == 0 || above == 2 || above == 4) {
        double cost = Math.abs(candidate - lowest - target) + 0.5 * Math.abs(candidate - step) + random.nextDouble();
        if (cost < bestCost) {
          bestCost = cost;
          best = candidate;
        }
      }
    }
    step = best;
    return step;
  }

  /** A weak-beat move: mostly a step, sometimes a leap to a chord tone, sometimes a repeat. */
  int move(int root, Random random) {
    double r = random.nextDouble();
    if (r < 0.7) {
      int direction = random.nextBoolean() ? 1 : -1;
      if (step + direction < lowest || step + direction > lowest + RANGE) {
        direction = -direction;
      }
      step += direction;
    } else if (r < 0.88) {
      chordTone(root, random.nextInt(RANGE + 1), random);
    }
    return step;
  }

  /** The note that closes a phrase: the chord's root nearest the line, two times in three, else its third. */
  int close(int root, Random random) {
    int target = root + (random.nextInt(3) == 2 ? 2 : 0);
    int nearest = target + 7 * Math.round((step - target) / 7f);
    while (nearest < lowest) {
      nearest += 7;
    }
    while (nearest > lowest + RANGE) {
      nearest -= 7;
    }
    step = nearest;
    return step;
  }

  /** The last note: the tonic nearest the line, raised by {@code above} steps (2 = third, 4 = fifth). */
  int finalStep(int above) {
    int tonic = step - lowest > 4 && lowest + RANGE >= 7 ? 7 : 0;
    step = tonic + above > lowest + RANGE ? tonic + above - 7 : tonic + above;
    return step;
  }
}
