package dev.cadenza.eval;

import dev.cadenza.answer.AskRequest;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code cadenza eval} was asked to do.
 *
 * @param questions the question file (JSONL, Alpaca or ShareGPT)
 * @param k passages retrieved per question, also the cut-off of recall@k
 * @param json print the report as JSON instead of a table
 * @param out where to write the JSON report as well, or null
 */
public record EvalOptions(Path questions, Backend backend, int k, boolean json, Path out) {
  public static final int DEFAULT_K = AskRequest.DEFAULT_K;

  public EvalOptions {
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(backend, "backend");
    if (k < 1 || k > AskRequest.MAX_K) {
      throw new IllegalArgumentException("illegal k: " + k + ", must be between 1 and " + AskRequest.MAX_K);
    }
  }
}
