package dev.cadenza.learners;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.Note;
import java.util.List;
import java.util.random.RandomGenerator;

/** Hear two notes one after the other and name the interval by its size. */
final class EarIntervalExercises implements ExerciseKind {
  private static final int OCTAVE = 4;

  @Override
  public Topic topic() {
    return Topic.EAR_INTERVAL;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    return build(Draws.note(random).withOctave(OCTAVE), Interval.parse(Draws.one(EarExercises.INTERVALS, random)));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    Interval interval = Interval.parse(parameters.get(1));
    if (!EarExercises.INTERVALS.contains(interval.shortName())) {
      throw new IllegalArgumentException("not an ear-training interval: " + interval);
    }
    return build(Note.parse(parameters.get(0)), interval);
  }

  private Exercise build(Note lower, Interval interval) {
    Note upper = lower.transpose(interval);
    int size = EarExercises.INTERVALS.indexOf(interval.shortName());
    String explanation = "You heard " + lower + " then " + upper + ": " + interval.semitones() + " semitones, "
        + (interval.semitones() == 6 ? "a tritone (augmented fourth or diminished fifth)" : "a " + interval.name())
        + ".";
    // Wider intervals are harder to name by ear: three sizes per step of difficulty.
    int difficulty = 1 + size / 3;
    return new Exercise(key(lower, interval.shortName()), topic(), Draws.clampDifficulty(difficulty),
        "Listen (press Play): which interval do the two notes make?", "the interval, e.g. m3, P5 or major sixth",
        interval.shortName(), explanation, List.of(lower.toString(), upper.toString()),
        answer -> EarExercises.gradeInterval(interval, answer));
  }
}
