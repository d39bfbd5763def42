package dev.cadenza.finetune;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build and where.
 *
 * <p>The project's evaluation questions (eval/questions.jsonl) are never an input: the dataset comes
 * only from the theory engine and the corpus, so fine-tuning cannot leak the project eval set.
 *
 * @param out the folder for train.jsonl, eval.jsonl and stats.json
 * @param seed seeds every random choice, recorded in stats.json
 * @param size records to generate in all, before the split
 * @param corpus the corpus folder the conceptual pairs quote
 */
public record DatasetOptions(Path out, long seed, int size, Path corpus) {
  public static final long DEFAULT_SEED = 42;
  public static final int DEFAULT_SIZE = 20_000;
  public static final int MIN_SIZE = 100;
  public static final int MAX_SIZE = 1_000_000;

  public DatasetOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(corpus, "corpus");
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new IllegalArgumentException("illegal size: " + size + ", must be " + MIN_SIZE + ".." + MAX_SIZE);
    }
  }
}
