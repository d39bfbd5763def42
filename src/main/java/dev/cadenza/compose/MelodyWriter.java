package dev.cadenza.compose;

import dev.cadenza.compose.MelodyNote.Role;
import dev.cadenza.theory.Key;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a melody over one chord per bar. Notes on beats 1 and 3 are chord tones; a weak beat may hold a
 * passing tone (a step between two notes a third apart, moving on in the same direction) or a neighbour
 * tone (a step away and back), which is always followed by a chord tone. Chord tones move mostly by
 * step or third. All notes stay in a window of ten letter names (a tenth) between C4 and G5 placed by
 * the key, and the
 * melody ends on the tonic, or on the last chord's root when the tonic is not in it.
 */
final class MelodyWriter {

  /** Weights of moving 0, 1, 2, 3 or 4 letter steps between chord tones; larger leaps weigh {@link #LEAP}. */
  private static final double[] STEP_WEIGHTS = {1, 6, 4, 1.5, 0.7};
  private static final double LEAP = 0.15;
  private static final int LARGEST_LEAP = 7;
  /** A tenth spans nine letter steps. */
  static final int WINDOW_STEPS = 9;
  /** The diatonic index of C4. */
  private static final int MIDDLE_C = 28;

  private final Key key;
  private final Style style;
  private final SplittableRandom random;
  private final int low;
  private final int high;

  MelodyWriter(Key key, Style style, SplittableRandom random) {
    this.key = key;
    this.style = style;
    this.random = random;
    // From C4 up: C, D and E start the window on the tonic, later letters a fourth below it.
    int letter = key.tonic().letter().ordinal();
    this.low = MIDDLE_C + (letter <= Letter.E.ordinal() ? letter : letter - 3);
    this.high = low + WINDOW_STEPS;
  }

  private record Slot(int bar, int onset, int length, ProgressionChord chord) {
    boolean strong() {
      return onset % 4 == 0;
    }
  }

  /** The melody over {@code barChords}, the chord of each bar in order. */
  List<MelodyNote> write(List<ProgressionChord> barChords) {
    List<Slot> slots = slots(barChords);
    Note last = finalNote(barChords.getLast());
    List<MelodyNote> melody = new ArrayList<>();
    Note previous = null;
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      if (i == slots.size() - 1) {
        melody.add(note(slot, last, Role.CHORD_TONE));
        break;
      }
      if (previous != null && !slot.strong() && random.nextDouble() < style.nonChordToneChance()) {
        Slot next = slots.get(i + 1);
        Note[] pair = nonChordTone(previous, slot.chord(), next.chord(), i + 1 == slots.size() - 1 ? last : null);
        if (pair != null) {
          boolean neighbour = pair[1].equals(previous);
          melody.add(note(slot, pair[0], neighbour ? Role.NEIGHBOUR_TONE : Role.PASSING_TONE));
          melody.add(note(next, pair[1], Role.CHORD_TONE));
          previous = pair[1];
          i++;
          continue;
        }
      }
      Note towards = i == slots.size() - 2 ? last : null;
      previous = chordTone(slot.chord(), previous, towards);
      melody.add(note(slot, previous, Role.CHORD_TONE));
    }
    return List.copyOf(melody);
  }

  private List<Slot> slots(List<ProgressionChord> barChords) {
    List<Slot> slots = new ArrayList<>();
    for (int bar = 1; bar <= barChords.size(); bar++) {
      List<Integer> lengths = bar == barChords.size() ? style.lastBar()
          : style.bars().get(random.nextInt(style.bars().size()));
      int onset = 0;
      for (int length : lengths) {
        slots.add(new Slot(bar, onset, length, barChords.get(bar - 1)));
        onset += length;
      }
    }
    return slots;
  }

  private static MelodyNote note(Slot slot, Note pitch, Role role) {
    return new MelodyNote(pitch, slot.bar(), slot.onset(), slot.length(), role);
  }

  /** The tonic when the last chord holds it, else that chord's root, in the window's lower half. */
  private Note finalNote(ProgressionChord chord) {
    Note goal = chord.hasTone(key.tonic()) ? key.tonic() : chord.root();
    Note best = null;
    for (Note candidate : inWindow(goal)) {
      if (best == null || Math.abs(index(candidate) - (low + 3)) < Math.abs(index(best) - (low + 3))) {
        best = candidate;
      }
    }
    return best;
  }

  /** A chord tone near the previous note (or the window's middle at the start), leaning towards a goal. */
  private Note chordTone(ProgressionChord chord, Note previous, Note goal) {
    List<Note> candidates = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    int from = previous == null ? (low + high) / 2 : index(previous);
    for (Note tone : chord.tones()) {
      for (Note candidate : inWindow(tone)) {
        int steps = Math.abs(index(candidate) - from);
        double weight = steps < STEP_WEIGHTS.length ? STEP_WEIGHTS[steps] : steps <= LARGEST_LEAP ? LEAP : 0;
        if (previous == null) {
          weight = steps <= 2 ? 1 : 0;
        }
        if (goal != null && Math.abs(index(candidate) - index(goal)) <= 2) {
          weight *= 3;
        }
        if (weight > 0) {
          candidates.add(candidate);
          weights.add(weight);
        }
      }
    }
    if (candidates.isEmpty()) {
      throw new IllegalStateException("no tone of " + chord.symbol() + " fits the melody's range");
    }
    return pick(candidates, weights);
  }

  private Note pick(List<Note> candidates, List<Double> weights) {
    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
    double r = random.nextDouble() * total;
    for (int i = 0; i < candidates.size(); i++) {
      r -= weights.get(i);
      if (r < 0) {
        return candidates.get(i);
      }
    }
    return candidates.getLast();
  }

  /**
   * A passing or neighbour tone after {@code previous} with the chord tone that resolves it, or null
   * when none fits. {@code required} fixes the resolution (the final note).
   */
  private Note[] nonChordTone(Note previous, ProgressionChord chord, ProgressionChord nextChord, Note required) {
    int direction = random.nextBoolean() ? 1 : -1;
    boolean passingFirst = random.nextBoolean();
    for (int d : new int[] {direction, -direction}) {
      for (boolean passing : new boolean[] {passingFirst, !passingFirst}) {
        Note[] pair = tryNonChordTone(previous, chord, nextChord, required, d, passing);
        if (pair != null) {
          return pair;
        }
      }
    }
    return null;
  }

  private Note[] tryNonChordTone(Note previous, ProgressionChord chord, ProgressionChord nextChord, Note required,
      int direction, boolean passing) {
    int x = index(previous) + direction;
    int y = passing ? x + direction : index(previous);
    if (x < low || x > high || y < low || y > high) {
      return null;
    }
    Note resolution = passing ? toneAt(nextChord, y) : (nextChord.hasTone(previous) ? previous : null);
    if (resolution == null || (required != null && !resolution.equals(required))) {
      return null;
    }
    Letter letter = letterAt(x);
    if (chord.hasLetter(Note.of(letter, 0))) {
      return null;
    }
    int signature = key.scale().notes().stream().filter(n -> n.letter() == letter).findFirst().orElseThrow().accidental();
    for (int accidental : new int[] {signature, signature + 1, signature - 1}) {
      if (Math.abs(accidental) > 2) {
        continue;
      }
      Note tone = Note.of(letter, accidental, Math.floorDiv(x, 7));
      if (isStep(previous, tone) && isStep(tone, resolution)) {
        return new Note[] {tone, resolution};
      }
    }
    return null;
  }

  private static boolean isStep(Note a, Note b) {
    int semitones = Math.abs(a.midi() - b.midi());
    return semitones == 1 || semitones == 2;
  }

  /** The chord tone on the letter of diatonic index {@code at}, in that octave, or null. */
  private static Note toneAt(ProgressionChord chord, int at) {
    Letter letter = letterAt(at);
    return chord.tones().stream().filter(t -> t.letter() == letter).findFirst()
        .map(t -> Note.of(letter, t.accidental(), Math.floorDiv(at, 7))).orElse(null);
  }

  /** Every octave of a spelling inside the window. */
  private List<Note> inWindow(Note tone) {
    List<Note> notes = new ArrayList<>();
    for (int at = low; at <= high; at++) {
      if (letterAt(at) == tone.letter()) {
        notes.add(Note.of(tone.letter(), tone.accidental(), Math.floorDiv(at, 7)));
      }
    }
    return notes;
  }

  /** Letter steps from C0: C4 is 28. */
  static int index(Note note) {
    return 7 * note.octave().getAsInt() + note.letter().ordinal();
  }

  private static Letter letterAt(int index) {
    return Letter.values()[Math.floorMod(index, 7)];
  }
}
