package dev.cadenza.midi.key;

import dev.cadenza.midi.MidiNote;
import dev.cadenza.midi.MidiPart;
import dev.cadenza.midi.MidiSong;
import dev.cadenza.midi.TimeSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated tunes in any mode on any tonic, for fitting and measuring key finding: phrases of four
 * bars over an idiomatic chord plan for the mode (i–bVII in dorian, I–bVII in mixolydian, i–bII in
 * phrygian...), chord tones on downbeats, mostly stepwise motion between them along an arched
 * contour, half cadences inside and a long final note. A quarter of the tunes end away from the
 * tonic: on its third or fifth, or (one in ten) with a half close on the cadence chord; harmonised
 * tunes add a bass and inner chord tones. Seeded: the same random gives the same tune.
 */
public final class ModalTunes {

  /**
   * A generated tune.
   *
   * @param tonic pitch class of the tonic
   * @param endsOnTonic whether the last melody note is the tonic
   */
  public record Tune(int tonic, Mode mode, boolean harmonised, boolean endsOnTonic, MidiSong song) {}

  private static final TimeSignature[] METERS = {
      new TimeSignature(4, 4), new TimeSignature(3, 4), new TimeSignature(6, 8), new TimeSignature(2, 4)};
  /** Bar rhythms in quarter notes, per meter in the order of {@link #METERS}. */
  private static final double[][][] RHYTHMS = {
      {{1, 1, 1, 1}, {0.5, 0.5, 1, 1, 1}, {1.5, 0.5, 1, 1}, {0.5, 0.5, 0.5, 0.5, 1, 1}, {1, 0.5, 0.5, 1, 1},
          {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5}},
      {{1, 1, 1}, {0.5, 0.5, 1, 1}, {1.5, 0.5, 1}, {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}},
      {{0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, {1, 0.5, 1, 0.5}, {1.5, 0.5, 0.5, 0.5}, {1, 0.5, 0.5, 0.5, 0.5}},
      {{0.5, 0.5, 0.5, 0.5}, {1, 1}, {0.5, 0.5, 1}, {0.25, 0.25, 0.25, 0.25, 1}}};
  /** The rhythm of a bar that closes a phrase, per meter. */
  private static final double[][][] CLOSING = {
      {{1, 1, 2}, {2, 2}, {4}}, {{1, 2}, {3}}, {{1, 0.5, 1.5}, {3}}, {{0.5, 0.5, 1}, {2}}};
  /** Scale steps (0-based) of chord roots idiomatic in each mode, in {@link Mode} order; the last leads to the tonic. */
  private static final int[][] CHORDS = {
      {3, 4, 5, 1, 4}, {3, 6, 4, 2, 6}, {3, 6, 2, 1}, {1, 4, 6, 1}, {6, 3, 4, 6}, {3, 5, 6, 2, 4}, {3, 2, 5, 1}};
  /** Share of tunes whose melody ends away from the tonic: on the third or fifth, or on a half close. */
  private static final double AWAY = 0.25;
  /** Share of tunes that close on the cadence chord (V in major and minor) instead of the tonic. */
  private static final double HALF_CLOSE = 0.1;

  private ModalTunes() {}

  public static Tune generate(int tonic, Mode mode, boolean harmonised, Random random) {
    int meterIndex = random.nextInt(METERS.length);
    TimeSignature meter = METERS[meterIndex];
    double bar = meter.quartersPerBar();
    int phrases = random.nextBoolean() ? 2 : 4;
    int[] plan = chordPlan(mode, phrases, random);
    double ending = random.nextDouble();
    if (ending < HALF_CLOSE) {
      plan[plan.length - 1] = CHORDS[mode.ordinal()][CHORDS[mode.ordinal()].length - 1];
    }
    TuneLine line = new TuneLine(mode, 57 + Math.floorMod(tonic - 9, 12), random.nextBoolean() ? 0 : -3, random.nextDouble() < 0.6);
    List<MidiNote> melody = new ArrayList<>();
    List<MidiNote> bass = new ArrayList<>();
    int bassPitch = 45 + random.nextInt(6);
    boolean pickup = random.nextDouble() < 0.3;
    double start = pickup ? bar : 0;
    for (int b = 0; b < plan.length; b++) {
      boolean closing = b % 4 == 3;
      boolean last = b == plan.length - 1;
      double[] rhythm = pick(closing ? CLOSING[meterIndex] : RHYTHMS[meterIndex], random);
      double at = start + b * bar;
      for (int n = 0; n < rhythm.length; n++) {
        int step;
        if (last && n == rhythm.length - 1) {
          step = ending < HALF_CLOSE ? line.close(plan[b], random)
              : line.finalStep(ending < AWAY ? (ending < (AWAY + HALF_CLOSE) / 2 ? 4 : 2) : 0);
        } else if (closing && n == rhythm.length - 1) {
          step = line.close(plan[b], random);
        } else if (n == 0) {
          step = line.chordTone(plan[b], phraseTarget(b), random);
        } else {
          step = line.move(plan[b], random);
        }
        melody.add(MidiNote.of(line.pitch(step, plan[b]), at, rhythm[n] * 0.95));
        at += rhythm[n];
      }
      if (harmonised) {
        bassPitch = nearest(line.pitch(plan[b], plan[b]) - 24, bassPitch);
        bass.add(MidiNote.of(bassPitch, start + b * bar, bar * 0.95));
        bass.add(MidiNote.of(line.pitch(plan[b] + 2, plan[b]) - 12, start + b * bar, bar * 0.95));
        bass.add(MidiNote.of(line.pitch(plan[b] + 4, plan[b]) - 12, start + b * bar, bar * 0.95));
      }
    }
    if (pickup) {
      double beat = meter.quartersPerBeat() * meter.beatsPerPulse();
      melody.addFirst(MidiNote.of(line.pitch(line.lowest() + 4, 4), bar - beat, beat * 0.95));
    }
    List<MidiPart> parts = new ArrayList<>(List.of(MidiPart.piano("Melody", melody)));
    if (harmonised) {
      parts.add(new MidiPart("Accompaniment", 1, 0, bass));
    }
    boolean onTonic = Math.floorMod(melody.getLast().pitch() - tonic, 12) == 0;
    return new Tune(tonic, mode, harmonised, onTonic, MidiSong.of(mode.label(), parts).withMeter(meter));
  }

  /** Chord roots (scale steps) bar by bar: each phrase opens on the tonic, odd phrases close on a half cadence. */
  private static int[] chordPlan(Mode mode, int phrases, Random random) {
    int[] chords = CHORDS[mode.ordinal()];
    int[] plan = new int[phrases * 4];
    for (int phrase = 0; phrase < phrases; phrase++) {
      boolean home = phrase % 2 == 1;
      int cadence = chords[chords.length - 1];
      plan[phrase * 4] = phrase == 2 ? pick(chords, random) : 0;
      plan[phrase * 4 + 1] = pick(chords, random);
      plan[phrase * 4 + 2] = home ? cadence : pick(chords, random);
      plan[phrase * 4 + 3] = home ? 0 : cadence;
    }
    return plan;
  }

  /** The contour: phrases rise to a peak in their third bar and fall to their close. */
  private static int phraseTarget(int bar) {
    return new int[] {2, 4, 6, 3}[bar % 4];
  }

  /** The octave of a pitch class nearest the previous bass note, so the bass moves by small steps. */
  private static int nearest(int pitch, int previous) {
    return previous + Math.floorMod(pitch - previous + 6, 12) - 6;
  }

  private static double[] pick(double[][] options, Random random) {
    return options[random.nextInt(options.length)];
  }

  private static int pick(int[] options, Random random) {
    return options[random.nextInt(options.length)];
  }
}
