package dev.cadenza.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

  /**
   * Several files as one set, in the order given, so that refusal precision sees in-scope and
   * out-of-scope questions together. The files must share a layout, and ids must be unique across them.
   */
  public static QuestionSet combine(List<QuestionSet> sets) {
    if (sets.size() == 1) return sets.getFirst();
    QuestionFormat format = sets.getFirst().format();
    Map<String, String> seen = new HashMap<>();
    List<EvalQuestion> questions = new ArrayList<>();
    for (QuestionSet set : sets) {
      if (set.format() != format) {
        throw new IllegalArgumentException(set.source() + ": is " + set.format().label() + ", but "
            + sets.getFirst().source() + " is " + format.label() + "; combined files must share a layout");
      }
      for (EvalQuestion question : set.questions()) {
        String first = seen.putIfAbsent(question.id(), set.source());
        if (first != null) {
          throw new IllegalArgumentException(set.source() + ": " + question.location() + ": duplicate id \""
              + question.id() + "\" (also in " + first + ")");
        }
        questions.add(question);
      }
    }
    return new QuestionSet(sets.stream().map(QuestionSet::source).collect(Collectors.joining(", ")), format, questions);
  }
}
