package dev.cadenza.learners;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Name the cadence two closing chords make; the chords are realised by the engine in the drawn key. */
final class CadenceExercises implements ExerciseKind {
  private static final int MAX_FIFTHS = 5;

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
        + progression.replace(" ", " to ") + ": " + article(cadence) + " " + cadence.label() + " cadence, where "
        + cadence.meaning() + ".";
    int difficulty = 1 + cadence.ordinal() / 2 + (key.mode() == Key.Mode.MINOR ? 1 : 0);
    List<String> notes = chords.stream().flatMap(c -> c.notes().stream()).map(Object::toString).toList();
    return new Exercise(key(key.name(), cadence.name(), progression.replace(' ', '-')), topic(),
        Draws.clampDifficulty(difficulty), "In " + key.name() + ", a phrase ends with " + symbols.get(0) + " then "
            + symbols.get(1) + ". Which cadence is it?",
        "authentic, imperfect authentic, half, plagal, deceptive or Phrygian half", cadence.label(), explanation,
        notes, answer -> grade(cadence, answer));
  }

  private static Grade grade(Cadence expected, String answer) {
    Optional<Cadence> named = Cadence.named(answer);
    if (named.isEmpty()) {
      throw new MalformedAnswerException("'" + answer + "' names no cadence; answer authentic, imperfect authentic,"
          + " half, plagal, deceptive or Phrygian half");
    }
    return named.get() == expected ? Grade.RIGHT : Grade.WRONG;
  }

  private static String article(Cadence cadence) {
    return cadence == Cadence.AUTHENTIC || cadence == Cadence.IMPERFECT_AUTHENTIC ? "an" : "a";
  }
}
