package dev.cadenza.learners;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Name the cadence two closing chords make; the chords are realised by the engine in the drawn key. */
final class CadenceExercises implements ExerciseKind {
  private static final int MAX_FIFTHS = 5;
  private static final String CHOICES = "authentic, imperfect authentic, half, plagal, deceptive or Phrygian half";

  @Override
  public Topic topic() {
    return Topic.CADENCE;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    Key key = Draws.key(random, MAX_FIFTHS);
    boolean minor = key.mode() == Key.Mode.MINOR;
    List<Cadence> possible = Arrays.stream(Cadence.values()).filter(c -> !c.progressions(minor).isEmpty()).toList();
    Cadence cadence = Draws.one(possible, random);
    return build(key, cadence, Draws.one(cadence.progressions(minor), random));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    Key key = Key.parse(parameters.get(0));
    Cadence cadence = Cadence.valueOf(parameters.get(1));
    String progression = parameters.get(2).replace('-', ' ');
    if (!cadence.progressions(key.mode() == Key.Mode.MINOR).contains(progression)) {
      throw new IllegalArgumentException("'" + progression + "' is not a " + cadence.label() + " cadence in " + key);
    }
    return build(key, cadence, progression);
  }

  private Exercise build(Key key, Cadence cadence, String progression) {
    List<RomanChord> chords = new ArrayList<>();
    for (String numeral : progression.split(" ")) {
      chords.add(RomanNumerals.realise(numeral, key));
    }
    List<String> symbols = chords.stream().map(RomanChord::symbol).toList();
    String explanation = "In " + key.name() + ", " + symbols.get(0) + " to " + symbols.get(1) + " is "
        + progression.replace(" ", " to ") + ": " + cadence.withArticle() + " cadence, where "
        + cadence.meaning() + ".";
    int difficulty = 1 + cadence.ordinal() / 2 + (key.mode() == Key.Mode.MINOR ? 1 : 0);
    return new Exercise(key(key.name(), cadence.name(), progression.replace(' ', '-')), topic(),
        Draws.clampDifficulty(difficulty), "In " + key.name() + ", a phrase ends with " + symbols.get(0) + " then "
            + symbols.get(1) + ". Which cadence is it?",
        CHOICES, cadence.label(), explanation, List.of(), answer -> cadence.grade(answer, CHOICES));
  }
}
