package dev.cadenza.route;

import dev.cadenza.leakage.EvalLeakage;
import dev.cadenza.theory.qa.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Generates labelled training questions from templates and theory fillers, leaving out every draw that repeats an
 * evaluation question (eval/EXCLUDE.md, by {@link EvalLeakage}'s near-duplicate rule). The output is a pure
 * function of the seed, which {@link #seed()} records, and the shipped evaluation sets: the same seed and count
 * give the same questions in the same order.
 */
public final class QuestionGenerator {
  /** The seed of the router's default training set. */
  public static final long DEFAULT_SEED = 20_240_917L;
  /** Draws of one template in a row that may repeat evaluation questions before its turn passes on. */
  private static final int DRAWS_PER_TURN = 10;
  /** Turns allowed per kept question before the templates of an intent are declared unable to avoid the eval sets. */
  private static final int TURNS_PER_QUESTION = 2;

  private final long seed;
  private final EvalLeakage excluded;

  /** A generator that leaves out the evaluation sets shipped on the classpath. */
  public QuestionGenerator(long seed) {
    this(seed, EvalLeakage.bundled());
  }

  public QuestionGenerator(long seed, EvalLeakage excluded) {
    this.seed = seed;
    this.excluded = Objects.requireNonNull(excluded, "excluded");
  }

  public long seed() {
    return seed;
  }

  /** The questions of a training set and how many draws were left out for repeating an evaluation question. */
  public record TrainingSet(List<LabelledQuestion> questions, int evalRepeatsDropped) {}

  /** The questions of {@link #trainingSet}. */
  public List<LabelledQuestion> generate(int perIntent) {
    return trainingSet(perIntent).questions();
  }

  /**
   * {@code perIntent} questions for every intent, grouped by intent in declaration order. Templates are used in
   * turn; a draw that repeats an evaluation question is dropped and the same template drawn again, so every
   * template keeps its share. A template whose draws keep repeating one ({@value #DRAWS_PER_TURN} in a row, as a
   * template without slots would) passes its turn to the next.
   */
  public TrainingSet trainingSet(int perIntent) {
    if (perIntent < 1) {
      throw new IllegalArgumentException("illegal perIntent: " + perIntent + ", must be >= 1");
    }
    Random random = new Random(seed);
    List<LabelledQuestion> questions = new ArrayList<>(perIntent * Intent.values().length);
    int dropped = 0;
    for (Intent intent : Intent.values()) {
      List<String> templates = QuestionTemplates.of(intent);
      int kept = 0;
      for (int turn = 0; kept < perIntent; turn++) {
        if (turn == perIntent * TURNS_PER_QUESTION) {
          throw new IllegalStateException("the templates of " + intent + " keep repeating evaluation questions");
        }
        String template = templates.get(turn % templates.size());
        for (int draw = 0; draw < DRAWS_PER_TURN; draw++) {
          String question = Phrasing.vary(QuestionTemplates.fill(template, random), random);
          if (excluded.questionIn(question).isEmpty()) {
            questions.add(new LabelledQuestion(intent, question));
            kept++;
            break;
          }
          dropped++;
        }
      }
    }
    return new TrainingSet(List.copyOf(questions), dropped);
  }
}
