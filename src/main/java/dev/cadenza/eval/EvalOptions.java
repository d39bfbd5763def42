package dev.cadenza.eval;

import dev.cadenza.answer.AskRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code cadenza eval} was asked to do.
 *
 * @param questions the question files (JSONL, Alpaca or ShareGPT), scored together as one set
 * @param k passages retrieved per question, also the cut-off of recall@k
 * @param json print the report as JSON instead of a table
 * @param out where to write the JSON report as well, or null
 */
public record EvalOptions(List<Path> questions, Backend backend, int k, boolean json, Path out) {
  public static final int DEFAULT_K = AskRequest.DEFAULT_K;

  public EvalOptions {
    questions = List.copyOf(questions);
    if (questions.isEmpty()) throw new IllegalArgumentException("no question file given");
    Objects.requireNonNull(backend, "backend");
    if (k < 1 || k > AskRequest.MAX_K) {
      throw new IllegalArgumentException("illegal k: " + k + ", must be between 1 and " + AskRequest.MAX_K);
    }
  }

  public EvalOptions(Path questions, Backend backend, int k, boolean json, Path out) {
    this(List.of(questions), backend, k, json, out);
  }
}
