package dev.cadenza.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Placement tests and post-tests: the same blueprint, scored from the answers, and the gain between them. */
class AssessmentTest {
  private final Exercises exercises = new Exercises();
  private SimulatedClock clock;
  private Database database;
  private JdbcLearnerRepository repository;
  private Practice practice;
  private String learner;

  @BeforeEach
  void open(@TempDir Path folder) {
    clock = new SimulatedClock(Instant.parse("2026-04-01T08:00:00Z"));
    database = Database.open(DatabaseSettings.sqlite(folder.resolve("cadenza.db")));
    repository = new JdbcLearnerRepository(database);
    practice = new Practice(repository, exercises, Sources.topicDocuments(), clock, 3);
    learner = practice.createLearner();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void bothKindsAskOneEasierAndOneHarderItemOfEveryTopic() {
    AssessmentView placement = practice.startAssessment(learner, Assessment.Kind.PLACEMENT);
    AssessmentView post = practice.startAssessment(learner, Assessment.Kind.POST_TEST);
    for (AssessmentView test : List.of(placement, post)) {
      assertThat(test.items()).hasSize(2 * Topic.values().length);
      Map<String, List<Integer>> byTopic = test.items().stream().collect(Collectors.groupingBy(PracticeItem::topic,
          Collectors.mapping(PracticeItem::difficulty, Collectors.toList())));
      assertThat(byTopic).hasSize(Topic.values().length);
      byTopic.forEach((topic, difficulties) -> {
        assertThat(difficulties.get(0)).as(topic).isBetween(1, 2);
        assertThat(difficulties.get(1)).as(topic).isBetween(3, 5);
      });
    }
    assertThat(placement.items()).extracting(PracticeItem::prompt).isNotEqualTo(post.items().stream()
        .map(PracticeItem::prompt).toList());
  }

  @Test
  void theGainIsThePostTestScoreLessThePlacementScore() {
    AssessmentView placement = practice.startAssessment(learner, Assessment.Kind.PLACEMENT);
    int half = placement.items().size() / 2;
    answerRight(placement.items().subList(0, half));
    AssessmentResult before = practice.assessmentResult(learner, placement.assessmentId());
    assertThat(before.answered()).isEqualTo(half);
    assertThat(before.score()).isEqualTo(0.5);
    assertThat(practice.progress(learner).assessmentGain()).isNull();
    clock.advance(Duration.ofDays(7));
    AssessmentView post = practice.startAssessment(learner, Assessment.Kind.POST_TEST);
    answerRight(post.items());
    assertThat(practice.assessmentResult(learner, post.assessmentId()).score()).isEqualTo(1.0);
    assertThat(practice.progress(learner).assessmentGain()).isEqualTo(0.5);
  }

  @Test
  void anotherLearnersTestIsNotFound() {
    AssessmentView placement = practice.startAssessment(learner, Assessment.Kind.PLACEMENT);
    String other = practice.createLearner();
    assertThatThrownBy(() -> practice.assessmentResult(other, placement.assessmentId()))
        .isInstanceOf(UnknownIdException.class);
  }

  private void answerRight(List<PracticeItem> items) {
    Function<PracticeItem, String> expected = item ->
        exercises.rebuild(repository.issued(item.itemId()).orElseThrow().itemKey()).expected();
    for (PracticeItem item : items) {
      assertThat(practice.answer(learner, item.itemId(), expected.apply(item)).correct()).isTrue();
    }
  }
}
