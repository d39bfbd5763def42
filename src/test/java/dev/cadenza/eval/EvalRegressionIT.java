package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.RealCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checked-in evaluation, run on every build with the shipped corpus, the real embedding model and the embedded
 * backend: no score may fall below its minimum in eval/config.json ("regression") less the stated tolerance.
 */
class EvalRegressionIT {

  static Stream<Arguments> sets() throws IOException {
    JsonNode regression = new ObjectMapper().readTree(ProjectEvalSetTest.CONFIG.toFile()).path("regression");
    assertThat(regression.path("sets").size()).as("regression sets in eval/config.json").isPositive();
    List<Arguments> sets = new ArrayList<>();
    for (JsonNode set : regression.path("sets")) {
      List<Path> files = new ArrayList<>();
      set.path("questions").forEach(file -> files.add(Path.of(file.asText())));
      Map<String, Double> minimums = new LinkedHashMap<>();
      set.path("minimums").properties().forEach(e -> minimums.put(e.getKey(), e.getValue().asDouble()));
      sets.add(Arguments.of(files, minimums, regression.path("tolerance").asDouble()));
    }
    return sets.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void scoresStayAtTheirBaseline(List<Path> files, Map<String, Double> minimums, double tolerance) {
    assertThat(tolerance).isBetween(0.0, 0.05);
    QuestionSet set = QuestionSet.combine(files.stream().map(QuestionFiles::read).toList());
    Evaluator evaluator = new Evaluator(Backend.EMBEDDED.subject(RealCorpus.cadenza()), EmbeddingSimilarity.miniLm(),
        Optional.of(new VerifierFactChecker()));
    EvalReport report = evaluator.run(set, 5, Progress.NONE);
    Scores scores = report.overall();
    report.questions().stream().filter(q -> q.firstRelevantRank() != null && !q.hit())
        .forEach(q -> System.out.println("missed: " + q.question() + " wants " + q.relevant() + ", got " + q.retrieved()));
    Map<String, Double> measured = new LinkedHashMap<>();
    measured.put("recall_at_k", scores.recallAtK());
    measured.put("mrr", scores.mrr());
    measured.put("fact_accuracy", scores.factAccuracy());
    measured.put("key_fact_coverage", scores.answers().keyFactCoverage());
    measured.put("follow_up_accuracy", scores.answers().followUpAccuracy());
    System.out.println(files + ": " + measured);
    assertThat(minimums).isNotEmpty();
    minimums.forEach((metric, minimum) -> {
      assertThat(measured).as("metric %s is measured", metric).containsKey(metric);
      assertThat(measured.get(metric)).as("%s on %s (baseline %.4f, tolerance %.2f)", metric, files, minimum, tolerance)
          .isNotNull().isGreaterThanOrEqualTo(minimum - tolerance);
    });
  }
}
