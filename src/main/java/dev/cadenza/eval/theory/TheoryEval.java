package dev.cadenza.eval.theory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores an answerer on theory questions. A question counts as right when its answer states every part's
 * expected values in order; when the answerer also says which query types it read, those must match the
 * parts' types too ("typed"). Accuracy is reported per expected type, a question counting under each of its
 * parts' types.
 */
public final class TheoryEval {
  private TheoryEval() {}

  /** What the answerer said: its text (empty when it answered nothing) and the query types it read, if known. */
  public record Answered(String text, List<String> types) {
    public static Answered nothing() {
      return new Answered("", List.of());
    }
  }

  /** Right and total counts for one query type. */
  public record Tally(int stated, int typed, int total) {
    Tally add(boolean stated, boolean typed) {
      return new Tally(this.stated + (stated ? 1 : 0), this.typed + (typed ? 1 : 0), total + 1);
    }
  }

  /** Per-type tallies, sorted by type, plus the overall one and the questions answered wrongly. */
  public record Report(Map<String, Tally> byType, Tally overall, List<String> wrong) {}

  public static Report run(List<TheoryQuestion> questions, Function<String, Answered> answerer) {
    Map<String, Tally> byType = new TreeMap<>();
    Tally overall = new Tally(0, 0, 0);
    List<String> wrong = new java.util.ArrayList<>();
    for (TheoryQuestion q : questions) {
      Answered answered = answerer.apply(q.question());
      List<String> expected = q.parts().stream().flatMap(p -> p.expect().stream()).toList();
      boolean stated = !answered.text().isEmpty() && AnswerTokens.states(answered.text(), expected);
      boolean typed = stated && answered.types().equals(q.parts().stream().map(TheoryQuestion.Part::type).toList());
      overall = overall.add(stated, typed);
      for (String type : q.parts().stream().map(TheoryQuestion.Part::type).distinct().toList()) {
        byType.put(type, byType.getOrDefault(type, new Tally(0, 0, 0)).add(stated, typed));
      }
      if (!stated) {
        wrong.add(q.question() + "  =>  " + (answered.text().isEmpty() ? "(no answer)" : answered.text()));
      }
    }
    return new Report(byType, overall, List.copyOf(wrong));
  }
}
