package dev.cadenza.learners;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Name a chord written from its bass with numeral and figure: triads 6 and 64, seventh chords 65, 43 and 42, so
 * the bass decides the inversion.
 */
final class InversionExercises implements ExerciseKind {
  private static final int MAX_FIFTHS = 5;
  private static final List<String> TRIAD_FIGURES = List.of("", "6", "64");
  private static final List<String> SEVENTH_FIGURES = List.of("7", "65", "43", "42");
  private static final List<String> INVERSIONS = List.of("root position", "first inversion", "second inversion",
      "third inversion");

  @Override
  public Topic topic() {
    return Topic.INVERSION;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    Key key = Draws.key(random, MAX_FIFTHS);
    boolean seventh = random.nextBoolean();
    List<String> bases = key.mode() == Key.Mode.MAJOR
        ? (seventh ? List.of("V", "ii", "viiø") : List.of("I", "ii", "IV", "V", "vi"))
        : (seventh ? List.of("V", "iiø", "vii°") : List.of("i", "iv", "V", "VI", "III"));
    List<String> figures = seventh ? SEVENTH_FIGURES : TRIAD_FIGURES;
    return build(key, Draws.one(bases, random) + Draws.one(figures, random));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    return build(Key.parse(parameters.get(0)), parameters.get(1));
  }

  private Exercise build(Key key, String numeral) {
    RomanChord chord = RomanNumerals.realise(numeral, key);
    String figure = numeral.replaceAll("[^0-9]", "");
    boolean seventh = chord.notes().size() > 3;
    int inversion = (seventh ? SEVENTH_FIGURES : TRIAD_FIGURES).indexOf(seventh && figure.isEmpty() ? "7" : figure);
    String written = NumeralAnswers.notes(chord);
    String explanation = "In " + key.name() + ", " + numeral + " is " + String.join(", ",
        chord.notes().stream().map(Object::toString).toList()) + ": " + chord.symbol() + " in "
        + INVERSIONS.get(inversion) + ", " + chord.notes().getFirst() + " in the bass"
        + (figure.isEmpty() ? "" : ", figured " + figure) + ".";
    int difficulty = 1 + inversion + (seventh ? 1 : 0) + (key.mode() == Key.Mode.MINOR ? 1 : 0);
    return new Exercise(key(key.name(), numeral), topic(), Draws.clampDifficulty(difficulty),
        "In " + key.name() + ", name " + written + " (bass first) with Roman numeral and figure.",
        "numeral and figure, e.g. V65, I6, ii43 or IV64", numeral, explanation, List.of(),
        answer -> NumeralAnswers.grade(key, numeral, chord.notes(), answer));
  }
}
