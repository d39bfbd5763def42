package dev.cadenza.learners;

import dev.cadenza.theory.Interval;
import dev.cadenza.theory.IntervalNames;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.Quality;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Name the interval between two written notes: quality and number, so A4 and d5 are different answers. */
final class IntervalExercises implements ExerciseKind {
  private static final List<String> COMMON = List.of("m2", "M2", "m3", "M3", "P4", "P5", "m6", "M6", "m7", "M7", "P8");
  private static final List<String> ALTERED = List.of("A4", "d5", "A2", "d7", "A5", "d4", "A6", "d3");
  private static final int OCTAVE = 4;

  @Override
  public Topic topic() {
    return Topic.INTERVAL;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    Note lower = Draws.note(random).withOctave(OCTAVE);
    Interval interval = Interval.parse(Draws.one(random.nextInt(4) == 0 ? ALTERED : COMMON, random));
    return build(lower, interval);
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    return build(Note.parse(parameters.get(0)), Interval.parse(parameters.get(1)));
  }

  private Exercise build(Note lower, Interval interval) {
    Note upper = lower.transpose(interval);
    int letters = interval.number();
    String explanation = "From " + lower + " to " + upper + " is " + article(interval) + " " + interval.name() + ": "
        + letters + " letter names counted from " + lower.letter() + " to " + upper.letter() + " give the number, and the"
        + " quality comes from " + interval.semitones() + " semitone" + (interval.semitones() == 1 ? "" : "s") + ".";
    boolean altered = interval.quality() != Quality.MAJOR && interval.quality() != Quality.MINOR
        && interval.quality() != Quality.PERFECT;
    int difficulty = 1 + (lower.accidental() != 0 ? 1 : 0) + (upper.accidental() != 0 ? 1 : 0) + (altered ? 1 : 0)
        + (Draws.hasDouble(List.of(upper)) ? 1 : 0);
    return new Exercise(key(lower, interval.shortName()), topic(), Draws.clampDifficulty(difficulty),
        "Name the interval from " + lower + " up to " + upper + ".", "quality and number, e.g. M3 or major third",
        interval.shortName(), explanation, List.of(lower.toString(), upper.toString()),
        answer -> grade(interval, answer));
  }

  private static Grade grade(Interval expected, String answer) {
    Optional<Interval> given = IntervalNames.parse(answer);
    if (given.isEmpty()) {
      throw new MalformedAnswerException("'" + answer + "' is not an interval; write e.g. M3, P5, A4 or minor sixth");
    }
    Interval got = given.get();
    if (got.equals(expected)) {
      return Grade.RIGHT;
    }
    if (got.semitones() == expected.semitones()) {
      return Grade.wrong(Misconception.ENHARMONIC);
    }
    boolean thirdOrSixth = expected.simple().number() == 3 || expected.simple().number() == 6;
    boolean majorMinorSwap = got.number() == expected.number() && Math.abs(got.semitones() - expected.semitones()) == 1
        && (got.quality() == Quality.MAJOR || got.quality() == Quality.MINOR);
    return thirdOrSixth && majorMinorSwap ? Grade.wrong(Misconception.THIRD_QUALITY) : Grade.WRONG;
  }

  private static String article(Interval interval) {
    return interval.quality() == Quality.AUGMENTED ? "an" : "a";
  }
}
