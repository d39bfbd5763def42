package dev.cadenza.learners;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Every exercise kind by topic: draws new items and rebuilds any item from its key. */
public final class Exercises {
  /** Draws that fail (a triple accidental) are retried; this many failures in a row would mean a broken kind. */
  private static final int MAX_DRAWS = 50;

  private final Map<Topic, ExerciseKind> kinds = new EnumMap<>(Topic.class);

  public Exercises() {
    for (ExerciseKind kind : List.of(new IntervalExercises(), new ChordSpellingExercises(), new ScaleExercises(),
        new ChordIdentificationExercises(), new KeySignatureExercises(), new RelativeKeyExercises(),
        new RomanNumeralExercises(), new CadenceExercises(), new InversionExercises(), new EarIntervalExercises(),
        new EarChordExercises(), new EarCadenceExercises())) {
      kinds.put(kind.topic(), kind);
    }
    if (kinds.size() != Topic.values().length) {
      throw new IllegalStateException("a topic has no exercise kind: " + kinds.keySet());
    }
  }

  /** A new item of this topic. */
  public Exercise generate(Topic topic, RandomGenerator random) {
    IllegalArgumentException last = null;
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      try {
        return kinds.get(topic).generate(random);
      } catch (IllegalArgumentException e) {
        last = e; // drew parameters the staff cannot spell (a triple sharp): draw again
      }
    }
    throw new IllegalStateException("no " + topic.label() + " item in " + MAX_DRAWS + " draws", last);
  }

  /** The item with this key; throws IllegalArgumentException for a key no kind made. */
  public Exercise rebuild(String key) {
    List<String> parts = Arrays.asList(key.split(":", -1));
    Topic topic = Topic.ofLabel(parts.getFirst())
        .orElseThrow(() -> new IllegalArgumentException("not an item key: '" + key + "'"));
    try {
      Exercise exercise = kinds.get(topic).rebuild(parts.subList(1, parts.size()));
      if (!exercise.key().equals(key)) {
        throw new IllegalArgumentException("not a canonical item key: '" + key + "'");
      }
      return exercise;
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("not an item key: '" + key + "'", e);
    }
  }
}
