package dev.cadenza.finetune;

import dev.cadenza.theory.Note;
import dev.cadenza.theory.Scale;
import dev.cadenza.theory.ScaleType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Scales and modes: spelling every scale type the engine knows on any tonic (as pitch classes or
 * ascending from an octave), naming degrees (supertonic, leading tone) and finding a note's degree.
 */
final class ScalePairs implements PairSource {
  private static final List<String> SPELL = List.of(
      "What are the notes of the {0} scale?",
      "Spell {0}.",
      "Which notes make up the {0} scale?",
      "List the notes of {0}, ascending.",
      "How is the {0} scale spelled?",
      "Give me the {0} scale.");
  private static final List<String> ASCEND = List.of(
      "Write the {0} scale ascending from {1}.",
      "Starting on {1}, what are the notes of {0}?",
      "Spell {0} upward from {1}.");
  private static final List<String> DEGREE_NAME = List.of(
      "What is the {1} of {0}?",
      "Which note is the {1} in the {0} scale?",
      "Name the {1} of the {0} scale.");
  private static final List<String> WHICH_DEGREE = List.of(
      "Which degree of {0} is {1}?",
      "What scale degree is {1} in {0}?",
      "In the {0} scale, which degree is {1}?");
  private static final List<ScaleType> SEVEN_NOTES =
      Arrays.stream(ScaleType.values()).filter(ScaleType::isHeptatonic).toList();

  @Override
  public Family family() {
    return Family.SCALE;
  }

  @Override
  public Optional<Pair> draw(Random random) {
    double kind = random.nextDouble();
    Note tonic = Draw.root(random);
    try {
      if (kind < 0.55) {
        return Optional.of(spell(new Scale(tonic, Draw.pick(random, List.of(ScaleType.values()))), random));
      }
      Scale scale = new Scale(tonic, Draw.pick(random, SEVEN_NOTES));
      return Optional.of(kind < 0.8 ? degreeName(scale, random) : whichDegree(scale, random));
    } catch (IllegalArgumentException tripleAccidental) {
      return Optional.empty();
    }
  }

  private Pair spell(Scale scale, Random random) {
    String formula = " (formula " + scale.type().formula() + ")."
        + scale.type().convention().map(c -> " Spelling convention: " + c + ".").orElse("");
    if (Draw.chance(random, 0.3)) {
      Scale ascending = new Scale(scale.tonic().withOctave(Draw.octave(random)), scale.type());
      String question = Words.fill(Draw.pick(random, ASCEND), scale.name(), ascending.tonic());
      String answer = "Ascending from " + ascending.tonic() + ", the " + scale.name() + " scale is "
          + Words.notes(ascending.notes()) + formula;
      return pair(scale, question, answer);
    }
    String question = Words.fill(Draw.pick(random, SPELL), scale.name());
    String answer = spelling(scale) + formula;
    return pair(scale, question, answer);
  }

  private Pair degreeName(Scale scale, Random random) {
    List<String> names = scale.degreeNames();
    int degree = random.nextInt(names.size());
    String question = Words.fill(Draw.pick(random, DEGREE_NAME), scale.name(), names.get(degree));
    String answer = "The " + names.get(degree) + " of " + scale.name() + " is " + scale.notes().get(degree)
        + ", degree " + (degree + 1) + ". " + spelling(scale) + ".";
    return pair(scale, question, answer);
  }

  private Pair whichDegree(Scale scale, Random random) {
    int degree = random.nextInt(scale.notes().size());
    Note note = scale.notes().get(degree);
    String question = Words.fill(Draw.pick(random, WHICH_DEGREE), scale.name(), note);
    String answer = note + " is degree " + (degree + 1) + ", the " + scale.degreeNames().get(degree) + ", of "
        + scale.name() + ". " + spelling(scale) + ".";
    return pair(scale, question, answer);
  }

  /** "The A altered scale is spelled A, Bb, C, Db, Eb, F, G". */
  private static String spelling(Scale scale) {
    return "The " + scale.name() + " scale is spelled " + Words.notes(scale.notes());
  }

  private Pair pair(Scale scale, String question, String answer) {
    return new Pair(family(), scale.tonic().withoutOctave().toString(), question, answer);
  }
}
