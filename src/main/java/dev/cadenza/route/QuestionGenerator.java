package dev.cadenza.route;

import dev.cadenza.theory.qa.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates labelled training questions from templates and theory fillers. The output is a pure function of the
 * seed, which {@link #seed()} records: the same seed and count give the same questions in the same order.
 */
public final class QuestionGenerator {
  /** The seed of the router's default training set. */
  public static final long DEFAULT_SEED = 20_240_917L;

  private final long seed;

  public QuestionGenerator(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /**
   * {@code perIntent} questions for every intent, grouped by intent in declaration order. Templates are used in
   * turn, so every template of an intent appears once {@code perIntent} reaches the intent's template count.
   */
  public List<LabelledQuestion> generate(int perIntent) {
    if (perIntent < 1) {
      throw new IllegalArgumentException("illegal perIntent: " + perIntent + ", must be >= 1");
    }
    Random random = new Random(seed);
    List<LabelledQuestion> questions = new ArrayList<>(perIntent * Intent.values().length);
    for (Intent intent : Intent.values()) {
      List<String> templates = QuestionTemplates.of(intent);
      for (int i = 0; i < perIntent; i++) {
        String filled = QuestionTemplates.fill(templates.get(i % templates.size()), random);
        questions.add(new LabelledQuestion(intent, Phrasing.vary(filled, random)));
      }
    }
    return List.copyOf(questions);
  }
}
