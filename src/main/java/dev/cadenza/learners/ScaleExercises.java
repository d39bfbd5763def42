package dev.cadenza.learners;

import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import dev.cadenza.theory.text.Prose;
import java.util.List;
import java.util.random.RandomGenerator;

/** Spell a scale up from its tonic, one letter per degree. */
final class ScaleExercises implements ExerciseKind {
  private static final List<ScaleType> TONAL = List.of(ScaleType.MAJOR, ScaleType.NATURAL_MINOR,
      ScaleType.HARMONIC_MINOR, ScaleType.MELODIC_MINOR);
  private static final List<ScaleType> MODES = List.of(ScaleType.DORIAN, ScaleType.PHRYGIAN, ScaleType.LYDIAN,
      ScaleType.MIXOLYDIAN);
  private static final int THIRD_DEGREE = 2;

  @Override
  public Topic topic() {
    return Topic.SCALE_SPELLING;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    List<ScaleType> types = random.nextInt(4) == 0 ? MODES : TONAL;
    return build(new Scale(Draws.note(random), Draws.one(types, random)));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    return build(new Scale(Note.parse(parameters.get(0)), ScaleType.valueOf(parameters.get(1))));
  }

  private Exercise build(Scale scale) {
    List<Note> notes = scale.notes();
    String explanation = "The " + scale.name() + " scale is " + Prose.list(notes) + ": its formula is "
        + scale.type().formula() + ", and each degree takes the next letter.";
    int difficulty = 1 + Draws.accidentals(notes) / 3 + (MODES.contains(scale.type()) ? 1 : 0)
        + (Draws.hasDouble(notes) ? 1 : 0);
    return new Exercise(key(scale.tonic(), scale.type().name()), topic(), Draws.clampDifficulty(difficulty),
        "Spell the " + scale.name() + " scale, ascending from " + scale.tonic() + ".",
        "the notes separated by spaces, e.g. C D E F G A B", NoteAnswers.write(notes), explanation, List.of(),
        answer -> grade(notes, answer));
  }

  /** Adds the major/minor mix-up: the third degree on its letter, a semitone off. */
  private static Grade grade(List<Note> expected, String answer) {
    Grade grade = NoteAnswers.inOrder(expected, answer);
    if (grade.correct() || grade.misconception().isPresent()) {
      return grade;
    }
    List<Note> given = NoteAnswers.parse(answer);
    Note third = expected.get(THIRD_DEGREE);
    boolean thirdSlipped = given.size() > THIRD_DEGREE && given.get(THIRD_DEGREE).letter() == third.letter()
        && Math.abs(given.get(THIRD_DEGREE).accidental() - third.accidental()) == 1;
    return thirdSlipped ? Grade.wrong(Misconception.THIRD_QUALITY) : grade;
  }
}
