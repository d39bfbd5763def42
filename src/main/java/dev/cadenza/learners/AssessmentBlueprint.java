package dev.cadenza.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What a placement test and a post-test ask: for every topic one easier item (difficulty 1 or 2) and one harder
 * (3 to 5), so two tests differ in items but not in what they cover or how hard they are.
 */
final class AssessmentBlueprint {
  /** Difficulty bands, lowest and highest included. */
  private static final int[][] BANDS = {{1, 2}, {3, 5}};
  /** Draws to find an item in a band; the rarest band (hard cadences) is met about one draw in five. */
  private static final int MAX_DRAWS = 500;

  private AssessmentBlueprint() {}

  static int size() {
    return Topic.values().length * BANDS.length;
  }

  static List<Exercise> draw(Exercises exercises, RandomGenerator random) {
    List<Exercise> items = new ArrayList<>();
    for (Topic topic : Topic.values()) {
      for (int[] band : BANDS) {
        items.add(inBand(exercises, topic, band, random));
      }
    }
    return items;
  }

  private static Exercise inBand(Exercises exercises, Topic topic, int[] band, RandomGenerator random) {
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      Exercise exercise = exercises.generate(topic, random);
      if (exercise.difficulty() >= band[0] && exercise.difficulty() <= band[1]) {
        return exercise;
      }
    }
    throw new IllegalStateException("no " + topic.label() + " item of difficulty " + band[0] + " to " + band[1]
        + " in " + MAX_DRAWS + " draws");
  }
}
