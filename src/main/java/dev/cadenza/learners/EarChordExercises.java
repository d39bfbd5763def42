package dev.cadenza.learners;

import dev.cadenza.theory.Chord;
import dev.cadenza.theory.ChordType;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.text.Prose;
import java.util.List;
import java.util.random.RandomGenerator;

/** Hear a chord and name its quality: major, minor, diminished, augmented or one of three sevenths. */
final class EarChordExercises implements ExerciseKind {

  @Override
  public Topic topic() {
    return Topic.EAR_CHORD;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    return build(Chord.of(Draws.note(random), Draws.one(EarExercises.QUALITIES, random)));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    ChordType type = ChordType.valueOf(parameters.get(1));
    if (!EarExercises.QUALITIES.contains(type)) {
      throw new IllegalArgumentException("not an ear-training chord quality: " + type);
    }
    return build(Chord.of(Note.parse(parameters.get(0)), type));
  }

  private Exercise build(Chord chord) {
    String quality = chord.type().displayName().replace(" triad", "");
    String explanation = "You heard " + chord.symbol() + ": the " + chord.name() + " chord is "
        + Prose.list(chord.tones()) + ".";
    int difficulty = 1 + EarExercises.QUALITIES.indexOf(chord.type()) / 2;
    return new Exercise(key(chord.root(), chord.type().name()), topic(), Draws.clampDifficulty(difficulty),
        "Listen (press Play): what is the chord's quality?",
        "a quality, e.g. major, minor, diminished, augmented, dominant 7th, major 7th or minor 7th", quality,
        explanation, EarExercises.pitches(chord), answer -> EarExercises.gradeQuality(chord.type(), answer));
  }
}
