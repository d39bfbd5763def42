package dev.cadenza.learners;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.text.Prose;
import java.util.List;
import java.util.random.RandomGenerator;

/** Exercises about one key, drawn from every major and minor key with up to seven sharps or flats. */
abstract class KeyExercises implements ExerciseKind {
  private static final int MAX_FIFTHS = 7;

  @Override
  public Exercise generate(RandomGenerator random) {
    return build(Draws.key(random, MAX_FIFTHS));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    return build(Key.parse(parameters.get(0)));
  }

  abstract Exercise build(Key key);

  /** "no sharps or flats", "one flat", "three sharps". */
  static String signatureWords(Key key) {
    int count = key.signature().size();
    return count == 0 ? "no sharps or flats"
        : Prose.count(count) + " " + (key.fifths() > 0 ? "sharp" : "flat") + (count > 1 ? "s" : "");
  }
}
