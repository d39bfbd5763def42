package dev.cadenza.learners;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random choices shared by the exercise kinds, and the accidental counts their difficulties rest on. */
final class Draws {
  private Draws() {}

  static <T> T one(List<T> choices, RandomGenerator random) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A letter with a flat, nothing or a sharp: Cb to B#, so double sharps and flats arise above it. */
  static Note note(RandomGenerator random) {
    Letter letter = Letter.values()[random.nextInt(Letter.values().length)];
    return Note.of(letter, random.nextInt(3) - 1);
  }

  /** A major or minor key with at most {@code maxFifths} sharps or flats. */
  static Key key(RandomGenerator random, int maxFifths) {
    Key major = Key.majorAtFifths(random.nextInt(2 * maxFifths + 1) - maxFifths);
    return random.nextBoolean() ? major : major.relative();
  }

  /** Sharps and flats written in these notes, a double sharp counting two. */
  static int accidentals(List<Note> notes) {
    return notes.stream().mapToInt(n -> Math.abs(n.accidental())).sum();
  }

  /** Whether any note needs a double sharp or double flat. */
  static boolean hasDouble(List<Note> notes) {
    return notes.stream().anyMatch(n -> Math.abs(n.accidental()) == 2);
  }

  static int clampDifficulty(int difficulty) {
    return Math.max(Exercise.MIN_DIFFICULTY, Math.min(Exercise.MAX_DIFFICULTY, difficulty));
  }
}
