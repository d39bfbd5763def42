package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.index.Progress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportOutputTest {

  static JsonNode json(EvalReport report) throws Exception {
    return new ObjectMapper().readTree(ReportJson.write(report));
  }

  static EvalReport withoutRelevant() {
    List<EvalQuestion> questions = EvaluatorTest.SET.questions().stream()
        .map(q -> new EvalQuestion(q.id(), q.topic(), q.question(), q.reference(), List.of(), q.location()))
        .toList();
    QuestionSet set = new QuestionSet("plain.json", QuestionFormat.ALPACA, questions);
    return new Evaluator(EvaluatorTest.SCRIPTED, EvaluatorTest.HALF_UNLESS_EQUAL, Optional.empty())
        .run(set, 5, Progress.NONE);
  }

  @Test
  void jsonStartsWithTheHeadlineMetricsInTheirDocumentedOrder() throws Exception {
    JsonNode root = json(EvaluatorTest.run(Optional.empty()));
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).startsWith("n", "exact_match", "token_f1", "embedding_similarity", "fact_accuracy",
        "recall_at_k", "mrr", "retrieval_n", "latency_ms", "k");
    assertThat(keys).contains("by_topic", "questions");
  }

  @Test
  void jsonRoundsScoresAndGivesLatencyPercentiles() throws Exception {
    JsonNode root = json(EvaluatorTest.run(Optional.empty()));
    assertThat(root.get("n").asInt()).isEqualTo(3);
    assertThat(root.get("exact_match").asDouble()).isEqualTo(0.3333);
    assertThat(root.get("mrr").asDouble()).isEqualTo(0.75);
    assertThat(root.get("k").asInt()).isEqualTo(5);
    assertThat(root.at("/latency_ms/p50").asDouble()).isEqualTo(20.0);
    assertThat(root.at("/latency_ms/p95").asDouble()).isEqualTo(30.0);
  }

  @Test
  void jsonKeepsFactAccuracyAsNullWithoutAChecker() throws Exception {
    JsonNode root = json(EvaluatorTest.run(Optional.empty()));
    assertThat(root.has("fact_accuracy")).isTrue();
    assertThat(root.get("fact_accuracy").isNull()).isTrue();
    assertThat(root.has("fact_claims")).isFalse();
  }

  @Test
  void jsonReportsFactAccuracyAndClaimsWithAChecker() throws Exception {
    JsonNode root = json(EvaluatorTest.run(Optional.of(EvaluatorTest.SPELLING_CHECKER)));
    assertThat(root.get("fact_accuracy").asDouble()).isEqualTo(0.6667);
    assertThat(root.get("fact_claims").asInt()).isEqualTo(6);
    assertThat(root.at("/questions/0/fact_correct").asInt()).isEqualTo(4);
  }

  @Test
  void jsonLeavesOutRetrievalMetricsWhenNoQuestionNamesRelevantDocuments() throws Exception {
    JsonNode root = json(withoutRelevant());
    assertThat(root.has("recall_at_k")).isFalse();
    assertThat(root.has("mrr")).isFalse();
    assertThat(root.get("format").asText()).isEqualTo("alpaca");
  }

  @Test
  void jsonHasOneRowPerQuestionWithItsScoresAndRetrieval() throws Exception {
    JsonNode row = json(EvaluatorTest.run(Optional.empty())).at("/questions/1");
    assertThat(row.get("id").asText()).isEqualTo("q2");
    assertThat(row.get("token_f1").asDouble()).isEqualTo(0.2857);
    assertThat(row.get("hit").asBoolean()).isTrue();
    assertThat(row.get("reciprocal_rank").asDouble()).isEqualTo(0.5);
    assertThat(row.get("retrieved").toString()).isEqualTo("[\"harmony/triads\",\"harmony/cadences\"]");
    assertThat(row.get("latency_ms").asDouble()).isEqualTo(30.0);
  }

  @Test
  void tableShowsEachMetricAndOneLinePerTopic() {
    String table = ReportTable.render(EvaluatorTest.run(Optional.empty()));
    assertThat(table).contains("Cadenza eval: 3 questions from questions.jsonl (jsonl), backend scripted, k = 5");
    assertThat(table).contains("exact match            0.3333");
    assertThat(table).contains("fact accuracy          -  (no fact checker)");
    assertThat(table).contains("recall@5               1.0000  (2 questions with relevant documents)");
    assertThat(table).contains("latency p50 / p95      20.0 / 30.0 ms");
    assertThat(table).containsPattern("(?m)^harmony +2 ");
    assertThat(table).containsPattern("(?m)^rhythm +1 .* - +-$");
  }

  @Test
  void progressBarOffATerminalPrintsEveryTenthOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    dev.cadenza.app.ConsoleProgress bar = new dev.cadenza.app.ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "questions");
    for (int done = 0; done <= 20; done++) bar.update("evaluating", done, 20);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(11);
    assertThat(lines[10]).isEqualTo("evaluating [##############################] 20/20 questions");
  }
}
