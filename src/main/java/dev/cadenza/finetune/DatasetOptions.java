package dev.cadenza.finetune;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build and where.
 *
 * <p>The project evaluation sets (eval/*.jsonl) are never a source: every record comes from the
 * theory engine or the corpus. Its questions are read only to drop any generated record that repeats one
 * (see {@link EvalExclusion}), so fine-tuning cannot leak the project eval set.
 *
 * @param out the folder for train.jsonl, eval.jsonl and stats.json
 * @param seed seeds every random choice, recorded in stats.json
 * @param size records to generate in all, before the split
 * @param corpus the corpus folder the conceptual pairs quote
 * @param excludedQuestions a JSONL file or a folder of them (default eval/) with the evaluation questions no
 *     record may contain; a missing path excludes nothing
 */
public record DatasetOptions(Path out, long seed, int size, Path corpus, Path excludedQuestions) {
  public static final long DEFAULT_SEED = 42;
  public static final String DEFAULT_EXCLUDED_QUESTIONS = "eval";
  public static final int DEFAULT_SIZE = 20_000;
  public static final int MIN_SIZE = 100;
  public static final int MAX_SIZE = 1_000_000;

  public DatasetOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(excludedQuestions, "excludedQuestions");
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new IllegalArgumentException("illegal size: " + size + ", must be " + MIN_SIZE + ".." + MAX_SIZE);
    }
  }
}
