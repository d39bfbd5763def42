package dev.cadenza.learners;

import java.util.List;
import java.util.Objects;

/**
 * One generated practice item. The key names it completely ("interval:C#4:M3"), so the same item can be rebuilt
 * later for grading or review without storing more than the key.
 *
 * @param key topic label and parameters, stable across restarts
 * @param difficulty 1 (first lessons) to 5 (double sharps, altered chords); seeds the item's rating
 * @param prompt the question as shown
 * @param answerFormat how to write the answer ("notes separated by spaces", "e.g. M3 or major third")
 * @param expected the answer as the engine writes it
 * @param explanation why, stated so the theory verifier can check its claims where it reads them
 * @param notes pitches to show or play (scientific pitch names), empty when none help
 * @param midi a Standard MIDI File to play, base64-encoded, rendered by the MIDI renderer where a progression must be
 *     heard (a cadence); null when none
 * @param grader checks an answer against the engine
 */
public record Exercise(String key, Topic topic, int difficulty, String prompt, String answerFormat, String expected,
    String explanation, List<String> notes, String midi, Grader grader) {

  public static final int MIN_DIFFICULTY = 1;
  public static final int MAX_DIFFICULTY = 5;

  public Exercise {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(grader, "grader");
    notes = List.copyOf(notes);
    if (difficulty < MIN_DIFFICULTY || difficulty > MAX_DIFFICULTY) {
      throw new IllegalArgumentException("illegal difficulty: " + difficulty + " for " + key + ", must be 1..5");
    }
  }

  /** An item with nothing to play beyond its notes. */
  public Exercise(String key, Topic topic, int difficulty, String prompt, String answerFormat, String expected,
      String explanation, List<String> notes, Grader grader) {
    this(key, topic, difficulty, prompt, answerFormat, expected, explanation, notes, null, grader);
  }

  /** Grades an answer; throws {@link MalformedAnswerException} when it is not an answer of the asked kind. */
  public Grade grade(String answer) {
    if (answer == null || answer.isBlank()) {
      throw new MalformedAnswerException("answer is empty; " + answerFormat);
    }
    return grader.grade(answer.strip());
  }

  /** Checks one answer against the engine. */
  @FunctionalInterface
  public interface Grader {
    Grade grade(String answer);
  }
}
