package dev.cadenza.learners;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.RomanChord;
import dev.cadenza.theory.RomanNumerals;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Roman numerals in a key, both ways: spell the chord a numeral stands for, or name the numeral of written notes
 * (where case carries the quality: V and vii° in minor use the raised leading tone).
 */
final class RomanNumeralExercises implements ExerciseKind {
  private static final int MAX_FIFTHS = 6;
  private static final String SPELL = "spell";
  private static final String NAME = "name";

  @Override
  public Topic topic() {
    return Topic.ROMAN_NUMERAL;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    Key key = Draws.key(random, MAX_FIFTHS);
    List<RomanChord> chords = random.nextInt(3) == 0 ? RomanNumerals.diatonicSevenths(key)
        : RomanNumerals.diatonicTriads(key);
    return build(random.nextBoolean() ? SPELL : NAME, key, Draws.one(chords, random).numeral());
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    String direction = parameters.get(0);
    if (!direction.equals(SPELL) && !direction.equals(NAME)) {
      throw new IllegalArgumentException("unknown Roman numeral direction: " + direction);
    }
    return build(direction, Key.parse(parameters.get(1)), parameters.get(2));
  }

  private Exercise build(String direction, Key key, String numeral) {
    RomanChord chord = RomanNumerals.realise(numeral, key);
    String written = NumeralAnswers.notes(chord);
    String explanation = "In " + key.name() + ", " + numeral + " is " + String.join(", ",
        chord.notes().stream().map(Object::toString).toList()) + " (" + chord.symbol() + ", " + chord.function() + ").";
    boolean minor = key.mode() == Key.Mode.MINOR;
    int difficulty = 1 + Math.abs(key.fifths()) / 3 + (minor ? 1 : 0) + (chord.notes().size() > 3 ? 1 : 0)
        + (direction.equals(NAME) ? 1 : 0);
    String prompt = direction.equals(SPELL)
        ? "In " + key.name() + ", spell the chord " + numeral + " from the root up."
        : "In " + key.name() + ", which Roman numeral is " + written + "?";
    String format = direction.equals(SPELL) ? "the notes separated by spaces, e.g. G B D F"
        : "a numeral whose case shows the quality, e.g. V7, ii, vii°, III";
    Exercise.Grader grader = direction.equals(SPELL)
        ? answer -> NoteAnswers.anyOrder(chord.notes(), answer)
        : answer -> NumeralAnswers.grade(key, numeral, chord.notes(), answer);
    return new Exercise(key(direction, key.name(), numeral), topic(), Draws.clampDifficulty(difficulty), prompt,
        format, direction.equals(SPELL) ? written : numeral, explanation, List.of(), grader);
  }
}
