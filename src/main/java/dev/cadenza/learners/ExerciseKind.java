package dev.cadenza.learners;

import java.util.List;
import java.util.random.RandomGenerator;

/** Makes the items of one topic from the theory engine: fresh ones at random, or one again from its key. */
interface ExerciseKind {

  Topic topic();

  /** A new item; may throw IllegalArgumentException when the drawn parameters need triple accidentals. */
  Exercise generate(RandomGenerator random);

  /** The item whose key holds these parameters (the key without its topic label). */
  Exercise rebuild(List<String> parameters);

  /** The key of an item of this kind: the topic label and the parameters joined by ':'. */
  default String key(Object... parameters) {
    StringBuilder key = new StringBuilder(topic().label());
    for (Object parameter : parameters) {
      key.append(':').append(parameter);
    }
    return key.toString();
  }
}
