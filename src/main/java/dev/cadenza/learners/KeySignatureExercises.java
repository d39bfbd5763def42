package dev.cadenza.learners;

import dev.cadenza.theory.Key;
import dev.cadenza.theory.Note;
import dev.cadenza.theory.text.Prose;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Write a key's signature: its sharps or flats in the order they stand on the staff. */
final class KeySignatureExercises implements ExerciseKind {
  private static final int MAX_FIFTHS = 7;
  private static final Set<String> NONE = Set.of("none", "no sharps or flats", "nothing", "0", "no accidentals");

  @Override
  public Topic topic() {
    return Topic.KEY_SIGNATURE;
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
    List<Note> signature = key.signature();
    String kind = key.fifths() > 0 ? "sharp" : "flat";
    String explanation = signature.isEmpty() ? key.name() + " has no sharps or flats."
        : key.name() + " has " + Prose.count(signature.size()) + " " + kind + (signature.size() > 1 ? "s" : "") + ": "
            + Prose.list(signature) + ". " + (key.fifths() > 0 ? "Sharps" : "Flats") + " always come in the order "
            + (key.fifths() > 0 ? "F C G D A E B" : "B E A D G C F") + ".";
    int difficulty = 1 + Math.abs(key.fifths()) / 2 + (key.mode() == Key.Mode.MINOR ? 1 : 0);
    return new Exercise(key(key.name()), topic(), Draws.clampDifficulty(difficulty),
        "Write the key signature of " + key.name() + ": its sharps or flats in order (or 'none').",
        "the accidentals in order, e.g. F# C#, or none", signature.isEmpty() ? "none" : NoteAnswers.write(signature),
        explanation, List.of(), answer -> grade(signature, answer));
  }

  private static Grade grade(List<Note> expected, String answer) {
    boolean saysNone = NONE.contains(answer.toLowerCase(Locale.ROOT).strip());
    if (saysNone || expected.isEmpty()) {
      if (!saysNone) {
        NoteAnswers.parse(answer); // refuses what is neither "none" nor notes
      }
      return saysNone == expected.isEmpty() ? Grade.RIGHT : Grade.WRONG;
    }
    Grade grade = NoteAnswers.inOrder(expected, answer);
    if (grade.correct() || grade.misconception().isPresent()) {
      return grade;
    }
    Set<String> wanted = spellings(expected);
    return spellings(NoteAnswers.parse(answer)).equals(wanted) ? Grade.wrong(Misconception.SIGNATURE_ORDER) : grade;
  }

  private static Set<String> spellings(List<Note> notes) {
    Set<String> spelled = new HashSet<>();
    notes.forEach(n -> spelled.add(n.toString()));
    return spelled;
  }
}
