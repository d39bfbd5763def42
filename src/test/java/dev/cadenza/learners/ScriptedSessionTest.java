package dev.cadenza.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted session whose progress numbers were worked out by hand. Seven answers, each item handed out when the
 * previous one was answered and answered 30 s later, except the sixth (answered after 10 minutes):
 *
 * <pre>
 *   t(s) item                        answer       verdict
 *    30  interval C4 up to E4 (M3)   M3           right
 *    60  interval C4 up to Eb4 (m3)  M3           wrong, major/minor third     review due  120
 *    90  interval F4 up to B4 (A4)   d5           wrong, enharmonic            review due  150
 *   120  chord C# (C# E# G#)         C# F G#      wrong, letter name (F, E#)   review due  180
 *   150  chord C# again              C# E# G#     right                        review step 1, due 750
 *   750  interval C4 up to Eb4       m3           right (600 s, counted 300)   review step 1, due 1350
 *   780  interval G4 up to D5 (P5)   P5           right
 * </pre>
 */
class ScriptedSessionTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir
  Path folder;

  private SimulatedClock clock;
  private JdbcLearnerRepository repository;
  private Practice practice;
  private String learner;
  private int issued;

  @BeforeEach
  void open() {
    clock = new SimulatedClock(T0);
    repository = new JdbcLearnerRepository(Database.open(DatabaseSettings.sqlite(folder.resolve("cadenza.db"))));
    practice = new Practice(repository, new Exercises(), Sources.topicDocuments(), clock, 1);
    learner = practice.createLearner();
  }

  @Test
  void progressMatchesTheHandComputedValues() {
    Feedback first = answerAfter("interval:C4:M3", Topic.INTERVAL, "M3", 30);
    answerAfter("interval:C4:m3", Topic.INTERVAL, "M3", 30);
    answerAfter("interval:F4:A4", Topic.INTERVAL, "d5", 30);
    answerAfter("chord-spelling:C#:MAJOR", Topic.CHORD_SPELLING, "C# F G#", 30);
    answerAfter("chord-spelling:C#:MAJOR", Topic.CHORD_SPELLING, "C# E# G#", 30);
    answerAfter("interval:C4:m3", Topic.INTERVAL, "m3", 600);
    answerAfter("interval:G4:P5", Topic.INTERVAL, "P5", 30);

    // C4-E4 is difficulty 1 (prior 850): expected score 1 / (1 + 10^(-150/400)) = 0.70338; step 48 for a new
    // learner, so 1000 + 48 * (1 - 0.70338) = 1014.24.
    assertThat(first.rating().before()).isEqualTo(1000.0);
    assertThat(first.rating().after()).isCloseTo(1014.24, within(0.01));

    LearnerProgress progress = practice.progress(learner);
    assertThat(progress.itemsAnswered()).isEqualTo(7);
    assertThat(progress.correct()).isEqualTo(4);
    assertThat(progress.accuracy()).isCloseTo(4 / 7.0, within(1e-9));
    assertThat(progress.currentStreak()).isEqualTo(3);
    assertThat(progress.bestStreak()).isEqualTo(3);
    assertThat(progress.timeOnTaskSeconds()).isEqualTo(5 * 30 + 300 + 30);
    assertThat(progress.accuracyTrend()).containsExactly(4 / 7.0);
    assertThat(progress.topics()).extracting(LearnerProgress.TopicProgress::topic, LearnerProgress.TopicProgress::answered,
        LearnerProgress.TopicProgress::correct)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("interval", 5, 3),
            org.assertj.core.groups.Tuple.tuple("chord-spelling", 2, 1));
    // Each misconception showed once and was followed by three right answers in its topics: all resolved.
    assertThat(progress.misconceptions()).extracting(LearnerProgress.MisconceptionProgress::id)
        .containsExactlyInAnyOrder("third-quality", "enharmonic", "letter-name");
    assertThat(progress.misconceptions()).allMatch(m -> m.count() == 1 && !m.open());
    // At 780 s: F4-B4 (due 150) and C# (due 750) are due; C4-Eb4 waits until 1350.
    assertThat(progress.reviewsScheduled()).isEqualTo(3);
    assertThat(progress.reviewsDue()).isEqualTo(2);
  }

  @Test
  void aMisconceptionStaysOpenUntilThreeRightAnswersInItsTopicsFollow() {
    answerAfter("interval:C4:m3", Topic.INTERVAL, "M3", 30);
    answerAfter("interval:G4:P5", Topic.INTERVAL, "P5", 30);
    answerAfter("interval:D4:P4", Topic.INTERVAL, "P4", 30);
    assertThat(practice.progress(learner).misconceptions()).singleElement()
        .satisfies(m -> assertThat(m.open()).isTrue());
    answerAfter("interval:E4:M2", Topic.INTERVAL, "M2", 30);
    assertThat(practice.progress(learner).misconceptions()).singleElement()
        .satisfies(m -> assertThat(m.open()).isFalse());
  }

  @Test
  void aMissedItemComesBackOnceAMinuteHasPassed() {
    answerAfter("interval:C4:m3", Topic.INTERVAL, "M3", 30);
    for (int turn = 0; turn < 10; turn++) {
      assertThat(practice.next(learner, Optional.of(Topic.INTERVAL)).review()).as("turn " + turn).isFalse();
    }
    clock.advance(Duration.ofSeconds(61));
    // A due review takes about every other turn (ItemPicker.REVIEW_SHARE); ten turns miss it with chance 1/1024.
    List<PracticeItem> turns = new ArrayList<>();
    for (int turn = 0; turn < 10; turn++) {
      turns.add(practice.next(learner, Optional.of(Topic.INTERVAL)));
    }
    assertThat(turns).filteredOn(PracticeItem::review).isNotEmpty()
        .allMatch(item -> item.prompt().equals("Name the interval from C4 up to Eb4."));
  }

  @Test
  void progressSurvivesReopeningTheDatabase() {
    answerAfter("interval:C4:m3", Topic.INTERVAL, "M3", 30);
    answerAfter("interval:G4:P5", Topic.INTERVAL, "P5", 30);
    LearnerProgress before = practice.progress(learner);
    JdbcLearnerRepository reopened = new JdbcLearnerRepository(
        Database.open(DatabaseSettings.sqlite(folder.resolve("cadenza.db"))));
    Practice restarted = new Practice(reopened, new Exercises(), Sources.topicDocuments(), clock, 1);
    assertThat(restarted.progress(learner)).isEqualTo(before);
  }

  /** Hands out the item at the current time and answers it {@code seconds} later. */
  private Feedback answerAfter(String key, Topic topic, String answer, int seconds) {
    String id = "item-" + (++issued);
    repository.issue(new IssuedItem(id, learner, key, topic, clock.instant(), Optional.empty()));
    clock.advance(Duration.ofSeconds(seconds));
    return practice.answer(learner, id, answer);
  }
}
