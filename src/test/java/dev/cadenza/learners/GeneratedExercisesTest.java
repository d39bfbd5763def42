package dev.cadenza.learners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.theory.verify.Claim;
import dev.cadenza.theory.verify.Verdict;
import dev.cadenza.theory.verify.Verifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated items, each checked three ways: the engine accepts its own expected answer, the theory
 * verifier finds no wrong claim in its explanation (and checks at least one where it reads that topic), and its key
 * rebuilds the same item. The seed is fixed and printed on failure.
 */
class GeneratedExercisesTest {
  private static final long SEED = 20_261_205L;
  private static final int PER_TOPIC = 400;
  /** Topics whose explanations the verifier reads (cadences and figures it does not check). */
  private static final List<Topic> VERIFIABLE = List.of(Topic.INTERVAL, Topic.CHORD_SPELLING, Topic.SCALE_SPELLING,
      Topic.CHORD_IDENTIFICATION, Topic.KEY_SIGNATURE, Topic.RELATIVE_KEY, Topic.ROMAN_NUMERAL);

  private final Exercises exercises = new Exercises();
  private final Verifier verifier = new Verifier();

  @Test
  void everyGeneratedItemAcceptsItsExpectedAnswerAndItsExplanationVerifies() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<String> failures = new ArrayList<>();
    Map<Topic, Integer> checkedClaims = new EnumMap<>(Topic.class);
    int items = 0;
    for (Topic topic : Topic.values()) {
      for (int i = 0; i < PER_TOPIC; i++) {
        Exercise exercise = exercises.generate(topic, random);
        items++;
        if (!exercise.grade(exercise.expected()).correct()) {
          failures.add(exercise.key() + ": its own answer '" + exercise.expected() + "' is graded wrong");
        }
        for (Claim claim : verifier.verify(exercise.explanation()).claims()) {
          if (claim.verdict().equals(Verdict.INCORRECT.label())) {
            failures.add(exercise.key() + ": verifier rejects '" + claim.text() + "' in: " + exercise.explanation());
          }
          if (claim.verdict().equals(Verdict.CORRECT.label())) {
            checkedClaims.merge(topic, 1, Integer::sum);
          }
        }
        if (!exercises.rebuild(exercise.key()).expected().equals(exercise.expected())) {
          failures.add(exercise.key() + ": rebuilt item differs");
        }
      }
    }
    assertThat(failures).as("seed " + SEED).isEmpty();
    assertThat(items).isEqualTo(PER_TOPIC * Topic.values().length);
    for (Topic topic : VERIFIABLE) {
      assertThat(checkedClaims.getOrDefault(topic, 0)).as(topic + " claims checked by the verifier")
          .isGreaterThanOrEqualTo(PER_TOPIC * 9 / 10);
    }
  }
}
