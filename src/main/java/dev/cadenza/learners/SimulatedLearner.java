package dev.cadenza.learners;

import dev.cadenza.theory.Letter;
import dev.cadenza.theory.Note;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A learner for simulations. It answers an item right with the Elo chance its ability gives against the item's
 * difficulty, and otherwise gives another item's answer of the same topic. One with the planted misconception spells
 * notes by sound, as the nearest plain key (F for E#, G for F##, B for Cb), and names intervals by semitone count,
 * whatever its ability, as often as its habit (a chance, 1 at first) says; feedback that names the mistake weakens
 * the habit by {@link #UNLEARNING}.
 *
 * @param ability the true rating the learner's answers follow
 * @param spellsBySound whether the planted misconception drives its spelling
 */
public record SimulatedLearner(String name, double ability, boolean spellsBySound) {

  private static final List<String> BY_SEMITONES =
      List.of("P1", "m2", "M2", "m3", "M3", "P4", "A4", "P5", "m6", "M6", "m7", "M7", "P8");
  private static final int WRONG_ANSWER_DRAWS = 10;
  /** The share of the habit each feedback naming the letter-name mistake takes away. */
  static final double UNLEARNING = 0.1;

  /** The answer this learner gives to {@code exercise} while its habit of spelling by sound has this strength. */
  String answer(Exercise exercise, Exercises exercises, RandomGenerator random, double habit) {
    if (spellsBySound && random.nextDouble() < habit) {
      Optional<String> bySound = bySound(exercise);
      if (bySound.isPresent()) {
        return bySound.get();
      }
    }
    if (random.nextDouble() < Elo.expected(ability, Elo.prior(exercise.difficulty()))) {
      return exercise.expected();
    }
    for (int i = 0; i < WRONG_ANSWER_DRAWS; i++) {
      String other = exercises.generate(exercise.topic(), random).expected();
      if (!readable(exercise, other) || exercise.grade(other).correct()) {
        continue;
      }
      return other;
    }
    return exercise.expected();
  }

  private static boolean readable(Exercise exercise, String answer) {
    try {
      exercise.grade(answer);
      return true;
    } catch (MalformedAnswerException e) {
      return false;
    }
  }

  /** The misconception's answer where it applies: spelled notes respelled by sound, intervals by semitones. */
  private static Optional<String> bySound(Exercise exercise) {
    return switch (exercise.topic()) {
      case CHORD_SPELLING, SCALE_SPELLING -> Optional.of(respell(exercise.expected()));
      case ROMAN_NUMERAL -> exercise.answerFormat().startsWith("the notes")
          ? Optional.of(respell(exercise.expected())) : Optional.empty();
      case INTERVAL -> {
        List<Note> notes = exercise.notes().stream().map(Note::parse).toList();
        int semitones = notes.get(1).midi() - notes.get(0).midi();
        yield semitones >= 0 && semitones < BY_SEMITONES.size() ? Optional.of(BY_SEMITONES.get(semitones))
            : Optional.empty();
      }
      default -> Optional.empty();
    };
  }

  /** Each note as the plain key that sounds it: a natural when there is one, else one sharp or flat. */
  private static String respell(String notes) {
    return String.join(" ", NoteAnswers.parse(notes).stream().map(SimulatedLearner::plain)
        .map(Note::toString).toList());
  }

  private static Note plain(Note note) {
    for (Letter letter : Letter.values()) {
      if (letter.pitchClass() == note.pitchClass()) {
        return Note.of(letter, 0);
      }
    }
    int direction = note.accidental() < 0 ? -1 : 1;
    int pitchClass = Math.floorMod(note.pitchClass() - direction, 12);
    for (Letter letter : Letter.values()) {
      if (letter.pitchClass() == pitchClass) {
        return Note.of(letter, direction);
      }
    }
    throw new IllegalStateException("no plain spelling for " + note);
  }
}
