package dev.cadenza.route;

/**
 * How an {@link IntentRouter} is trained and when it falls back to a conceptual route. Both seeds are recorded
 * here, so a router is reproduced from its settings alone.
 *
 * @param generatorSeed the seed of the generated training questions
 * @param questionsPerIntent how many training questions to generate for each intent
 * @param trainerSeed the seed of Tribuo's SGD trainer (example shuffling)
 * @param epochs passes of SGD over the training questions
 * @param confidenceThreshold below this probability the router answers {@code CONCEPTUAL}
 */
public record RouterSettings(
    long generatorSeed, int questionsPerIntent, long trainerSeed, int epochs, double confidenceThreshold) {
  public static final int DEFAULT_QUESTIONS_PER_INTENT = 400;
  public static final long DEFAULT_TRAINER_SEED = 1L;
  public static final int DEFAULT_EPOCHS = 10;
  /** Routes computed from a best guess under one half go to retrieval instead. */
  public static final double DEFAULT_CONFIDENCE_THRESHOLD = 0.5;

  public static final RouterSettings DEFAULTS =
      new RouterSettings(
          QuestionGenerator.DEFAULT_SEED,
          DEFAULT_QUESTIONS_PER_INTENT,
          DEFAULT_TRAINER_SEED,
          DEFAULT_EPOCHS,
          DEFAULT_CONFIDENCE_THRESHOLD);

  public RouterSettings {
    if (questionsPerIntent < 1) {
      throw new IllegalArgumentException("illegal questionsPerIntent: " + questionsPerIntent + ", must be >= 1");
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("illegal epochs: " + epochs + ", must be >= 1");
    }
    if (!(confidenceThreshold >= 0.0 && confidenceThreshold <= 1.0)) {
      throw new IllegalArgumentException(
          "illegal confidenceThreshold: " + confidenceThreshold + ", must be in [0, 1]");
    }
  }

  public RouterSettings withConfidenceThreshold(double threshold) {
    return new RouterSettings(generatorSeed, questionsPerIntent, trainerSeed, epochs, threshold);
  }
}
