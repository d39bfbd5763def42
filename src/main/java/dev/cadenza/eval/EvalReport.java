package dev.cadenza.eval;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The result of scoring an answerer on a question set: overall scores, scores per topic (sorted by
 * topic name) and one row per question in file order.
 *
 * @param factChecked whether a fact checker ran; when it did not, fact accuracy is reported as null
 */
public record EvalReport(
    String source,
    QuestionFormat format,
    String backend,
    int k,
    boolean factChecked,
    Scores overall,
    SortedMap<String, Scores> byTopic,
    List<QuestionResult> questions) {

  public EvalReport {
    byTopic = new TreeMap<>(byTopic);
    questions = List.copyOf(questions);
  }

  public static EvalReport of(
      QuestionSet set, String backend, int k, boolean factChecked, List<QuestionResult> rows) {
    Map<String, List<QuestionResult>> grouped = rows.stream()
        .collect(Collectors.groupingBy(QuestionResult::topic, TreeMap::new, Collectors.toList()));
    SortedMap<String, Scores> byTopic = new TreeMap<>();
    grouped.forEach((topic, group) -> byTopic.put(topic, Scores.of(group)));
    return new EvalReport(set.source(), set.format(), backend, k, factChecked, Scores.of(rows), byTopic, rows);
  }
}
