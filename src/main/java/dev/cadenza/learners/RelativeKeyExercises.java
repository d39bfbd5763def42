package dev.cadenza.learners;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.text.Prose;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Name the relative major or minor: the key with the same signature on the other mode. */
final class RelativeKeyExercises implements ExerciseKind {
  private static final int MAX_FIFTHS = 7;

  @Override
  public Topic topic() {
    return Topic.RELATIVE_KEY;
  }

  @Override
  public Exercise generate(RandomGenerator random) {
    return build(Draws.key(random, MAX_FIFTHS));
  }

  @Override
  public Exercise rebuild(List<String> parameters) {
    return build(Key.parse(parameters.get(0)));
  }

  private Exercise build(Key key) {
    Key relative = key.relative();
    String mode = relative.mode().label();
    int count = key.signature().size();
    String signature = count == 0 ? "no sharps or flats"
        : Prose.count(count) + " " + (key.fifths() > 0 ? "sharp" : "flat") + (count > 1 ? "s" : "");
    String explanation = "The relative " + mode + " of " + key.name() + " is " + relative.name() + ": both have "
        + signature + ", and the " + (mode.equals("minor") ? "minor tonic lies a minor third below"
            : "major tonic lies a minor third above") + " " + key.tonic() + ".";
    int difficulty = 1 + Math.abs(key.fifths()) / 2;
    return new Exercise(key(key.name()), topic(), Draws.clampDifficulty(difficulty),
        "What is the relative " + mode + " of " + key.name() + "?", "a key, e.g. A minor or Eb major",
        relative.name(), explanation, List.of(), answer -> grade(key, relative, answer));
  }

  private static Grade grade(Key asked, Key expected, String answer) {
    Optional<Key> parsed = Key.tryParse(answer);
    if (parsed.isEmpty()) {
      throw new MalformedAnswerException("'" + answer + "' is not a key; write e.g. A minor or Eb major");
    }
    Key given = parsed.get();
    boolean sameTonic = given.tonic().sameSpelling(expected.tonic());
    if (sameTonic && given.mode() == expected.mode()) {
      return Grade.RIGHT;
    }
    if (given.tonic().sameSpelling(asked.tonic())) {
      return Grade.wrong(Misconception.PARALLEL_FOR_RELATIVE);
    }
    return given.mode() == expected.mode() ? Grade.wrong(NoteAnswers.slip(expected.tonic(), given.tonic()))
        : Grade.WRONG;
  }
}
