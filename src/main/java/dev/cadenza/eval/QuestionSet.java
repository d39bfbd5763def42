package dev.cadenza.eval;

import java.util.List;
import java.util.Objects;

/**
 * The questions read from one file.
 *
 * @param source the file as the user named it, for reports
 */
public record QuestionSet(String source, QuestionFormat format, List<EvalQuestion> questions) {
  public QuestionSet {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException(source + ": no questions");
    }
  }
}
