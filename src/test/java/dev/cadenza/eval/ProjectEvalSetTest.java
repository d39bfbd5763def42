package dev.cadenza.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checked-in evaluation (eval/questions.jsonl and eval/config.json) stays readable and points at real documents. */
class ProjectEvalSetTest {

  static final Path QUESTIONS = Path.of("eval/questions.jsonl");
  static final Path CONFIG = Path.of("eval/config.json");
  static final Path CORPUS = Path.of("corpus");

  @Test
  void questionFileParsesAsJsonlWithAtLeast150Questions() {
    QuestionSet set = QuestionFiles.read(QUESTIONS);
    assertThat(set.format()).isEqualTo(QuestionFormat.JSONL);
    assertThat(set.questions()).hasSizeGreaterThanOrEqualTo(150);
  }

  @Test
  void everyQuestionNamesRelevantDocumentsThatExistInTheCorpus() {
    List<String> missing = new ArrayList<>();
    for (EvalQuestion question : QuestionFiles.read(QUESTIONS).questions()) {
      assertThat(question.relevant()).as(question.id()).isNotEmpty();
      question.relevant().stream()
          .filter(id -> !Files.isRegularFile(CORPUS.resolve(id + ".md")))
          .forEach(id -> missing.add(question.id() + " -> " + id));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyTopicIsACorpusAreaAndEveryAreaIsCovered() throws IOException {
    List<String> areas;
    try (var dirs = Files.list(CORPUS)) {
      areas = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
    Map<String, Long> perTopic = QuestionFiles.read(QUESTIONS).questions().stream()
        .collect(Collectors.groupingBy(EvalQuestion::topic, Collectors.counting()));
    assertThat(perTopic.keySet()).containsExactlyInAnyOrderElementsOf(areas);
    assertThat(perTopic.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
  }

  @Test
  void aboutTwentyQuestionsAreComputableWithExactAnswers() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    long computed = 0;
    for (String line : Files.readAllLines(QUESTIONS)) {
      JsonNode row = mapper.readTree(line);
      assertThat(row.path("kind").asText()).as(row.path("id").asText()).isIn("open", "computed");
      if (row.path("kind").asText().equals("computed")) computed++;
    }
    assertThat(computed).isBetween(18L, 30L);
  }

  @Test
  void configNamesTheQuestionFileAndValidOptions() throws IOException {
    JsonNode config = new ObjectMapper().readTree(CONFIG.toFile());
    assertThat(Path.of(config.get("questions").asText())).isEqualTo(QUESTIONS);
    EvalOptions options = new EvalOptions(QUESTIONS, Backend.parse(config.get("backend").asText()),
        config.get("k").asInt(), false, null);
    assertThat(options.k()).isEqualTo(EvalOptions.DEFAULT_K);
  }

  @Test
  void configMetricsAndBaselineUseTheReportsJsonKeys() throws IOException {
    JsonNode config = new ObjectMapper().readTree(CONFIG.toFile());
    JsonNode report = ReportJson.toTree(EvaluatorTest.run(Optional.of(EvaluatorTest.SPELLING_CHECKER)));
    config.get("metrics").forEach(metric -> assertThat(report.has(metric.asText())).as(metric.asText()).isTrue());
    config.path("baseline").path("scores").fieldNames()
        .forEachRemaining(key -> assertThat(report.has(key)).as(key).isTrue());
  }
}
