package dev.cadenza.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.store.DatabaseContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The learner repository's contract, run on SQLite and on embedded PostgreSQL. */
class JdbcLearnerRepositoryTest extends DatabaseContract {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final String KEY = "interval:C4:M3";

  private LearnerRepository repository;

  @BeforeEach
  void createRepository() {
    repository = new JdbcLearnerRepository(database);
    repository.createLearner("ann", T0);
  }

  @Test
  void knowsTheLearnersItCreated() {
    assertThat(repository.learnerExists("ann")).isTrue();
    assertThat(repository.learnerExists("bob")).isFalse();
    assertThat(repository.learnerCount()).isEqualTo(1);
  }

  @Test
  void storesUploadsWithTheirIssuesCleanOnesIncludedOldestFirst() {
    repository.createLearner("bob", T0);
    Upload fifths = new Upload("u1", "ann", T0.plusSeconds(10), Map.of("parallel-fifths", 2, "spacing", 1));
    Upload clean = new Upload("u2", "ann", T0.plusSeconds(20), Map.of());
    Upload bobs = new Upload("u3", "bob", T0.plusSeconds(15), Map.of("range", 1));
    repository.recordUpload(clean);
    repository.recordUpload(fifths);
    repository.recordUpload(bobs);
    assertThat(repository.uploads("ann")).containsExactly(fifths, clean);
    assertThat(repository.uploads("bob")).containsExactly(bobs);
    assertThat(repository.allUploads()).containsExactly(fifths, bobs, clean);
  }

  @Test
  void findsAnIssuedItemByIdAndNothingForAForgedOne() {
    IssuedItem item = issue("i1", KEY);
    assertThat(repository.issued("i1")).contains(item);
    assertThat(repository.issued("forged")).isEmpty();
  }

  @Test
  void storesTheAttemptRatingsAndReviewOfAnAnswerTogether() {
    IssuedItem item = issue("i1", KEY);
    repository.recordAnswer(item, T0.plusSeconds(20), missed(item, 990, 1010));
    assertThat(repository.attempts("ann")).singleElement().satisfies(a -> {
      assertThat(a.correct()).isFalse();
      assertThat(a.misconception()).contains(Misconception.THIRD_QUALITY);
      assertThat(a.elapsedMillis()).isEqualTo(20_000);
    });
    assertThat(repository.skillRatings("ann")).containsEntry(Topic.INTERVAL, new Rating(990, 1));
    assertThat(repository.itemRating(KEY)).contains(new Rating(1010, 1));
    assertThat(repository.reviews("ann")).singleElement().extracting(Review::step).isEqualTo(0);
    assertThat(repository.issued("i1").orElseThrow().answeredAt()).contains(T0.plusSeconds(20));
  }

  @Test
  void refusesASecondAnswerWithoutChangingAnything() {
    IssuedItem item = issue("i1", KEY);
    repository.recordAnswer(item, T0.plusSeconds(5), missed(item, 990, 1010));
    assertThatThrownBy(() -> repository.recordAnswer(item, T0.plusSeconds(9), missed(item, 900, 1100)))
        .isInstanceOf(AlreadyAnsweredException.class);
    assertThat(repository.attempts("ann")).hasSize(1);
    assertThat(repository.itemRating(KEY)).contains(new Rating(1010, 1));
  }

  @Test
  void leavesTheItemOpenWhenScoringFails() {
    IssuedItem item = issue("i1", KEY);
    assertThatThrownBy(() -> repository.recordAnswer(item, T0, (l, i, r) -> {
      throw new IllegalStateException("interrupted");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(repository.issued("i1").orElseThrow().answeredAt()).isEmpty();
    assertThat(repository.attempts("ann")).isEmpty();
  }

  @Test
  void handsTheStoredRatingsToTheNextAnswer() {
    IssuedItem first = issue("i1", KEY);
    repository.recordAnswer(first, T0, missed(first, 990, 1010));
    IssuedItem second = issue("i2", KEY);
    List<Optional<Rating>> seen = new ArrayList<>();
    repository.recordAnswer(second, T0, (learner, item, review) -> {
      seen.add(learner);
      seen.add(item);
      assertThat(review).isPresent();
      return new ScoredAnswer(attempt(second, true), learner.orElseThrow(), new Rating(1000, 2), new Rating(1000, 2),
          Optional.empty());
    });
    assertThat(seen).containsExactly(Optional.of(new Rating(990, 1)), Optional.of(new Rating(1010, 1)));
    assertThat(repository.reviews("ann")).isEmpty();
  }

  @Test
  void listsOnlyDueReviewsMostOverdueFirst() {
    IssuedItem late = issue("i1", "interval:D4:m3");
    IssuedItem early = issue("i2", "interval:E4:P5");
    repository.recordAnswer(late, T0.plusSeconds(30), missedAt(late, T0.plusSeconds(30)));
    repository.recordAnswer(early, T0, missedAt(early, T0));
    Instant now = T0.plus(ReviewLadder.RUNGS.getFirst()).plusSeconds(10);
    assertThat(repository.dueReviews("ann", now)).extracting(Review::itemKey).containsExactly("interval:E4:P5");
    assertThat(repository.dueReviews("ann", now.plusSeconds(30))).extracting(Review::itemKey)
        .containsExactly("interval:E4:P5", "interval:D4:m3");
  }

  @Test
  void ranksOnlyItemsAnsweredOftenEnoughHardestFirst() {
    for (int i = 0; i < 3; i++) {
      IssuedItem hard = issue("h" + i, "interval:F4:A4");
      repository.recordAnswer(hard, T0, rated(hard, 1300 + i, i + 1));
      IssuedItem easy = issue("e" + i, "interval:C4:P5");
      repository.recordAnswer(easy, T0, rated(easy, 800 + i, i + 1));
    }
    IssuedItem once = issue("o", "interval:G4:M2");
    repository.recordAnswer(once, T0, rated(once, 2000, 1));
    assertThat(repository.hardestItems(3, 10)).extracting(LearnerRepository.RatedItem::itemKey)
        .containsExactly("interval:F4:A4", "interval:C4:P5");
  }

  @Test
  void countsEveryConcurrentAnswerToOneItem() throws Exception {
    IssuedItem seed = issue("s", KEY);
    repository.recordAnswer(seed, T0, rated(seed, 1000, 1));
    int answers = 12;
    List<IssuedItem> items = new ArrayList<>();
    for (int i = 0; i < answers; i++) {
      items.add(issue("c" + i, KEY));
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
      List<Future<ScoredAnswer>> done = new ArrayList<>();
      for (IssuedItem item : items) {
        done.add(pool.submit(() -> repository.recordAnswer(item, T0, (l, i, r) ->
            new ScoredAnswer(attempt(item, true), new Rating(1000, 0), new Rating(1000, 1),
                new Rating(i.orElseThrow().value() + 1, i.orElseThrow().answered() + 1), Optional.empty()))));
      }
      for (Future<ScoredAnswer> f : done) {
        f.get();
      }
    }
    assertThat(repository.itemRating(KEY)).contains(new Rating(1000 + answers, 1 + answers));
  }

  @Test
  void storesAnAssessmentWithItsItemsInOrder() {
    List<IssuedItem> items = List.of(
        new IssuedItem("a1", "ann", "interval:C4:M3", Topic.INTERVAL, T0, Optional.empty()),
        new IssuedItem("a2", "ann", "relative-key:C major", Topic.RELATIVE_KEY, T0, Optional.empty()));
    repository.createAssessment(new Assessment("t1", "ann", Assessment.Kind.PLACEMENT, T0, List.of("a1", "a2")), items);
    assertThat(repository.assessment("t1")).hasValueSatisfying(a -> {
      assertThat(a.itemIds()).containsExactly("a1", "a2");
      assertThat(a.kind()).isEqualTo(Assessment.Kind.PLACEMENT);
    });
    assertThat(repository.issued("a2")).isPresent();
    assertThat(repository.assessments("ann")).extracting(Assessment::id).containsExactly("t1");
    assertThat(repository.assessment("t2")).isEmpty();
  }

  private IssuedItem issue(String id, String key) {
    IssuedItem item = new IssuedItem(id, "ann", key, Topic.INTERVAL, T0, Optional.empty());
    repository.issue(item);
    return item;
  }

  private static Attempt attempt(IssuedItem item, boolean correct) {
    return new Attempt(item.id(), item.learnerId(), item.itemKey(), item.topic(), "M3", correct,
        correct ? Optional.empty() : Optional.of(Misconception.THIRD_QUALITY), T0.plusSeconds(20),
        Duration.ofSeconds(20).toMillis(), 990);
  }

  private static LearnerRepository.AnswerScoring missed(IssuedItem item, double learner, double rated) {
    return (l, i, r) -> new ScoredAnswer(attempt(item, false), new Rating(1000, 0), new Rating(learner, 1),
        new Rating(rated, 1), ReviewLadder.after(r, item, false, item.issuedAt()));
  }

  private static LearnerRepository.AnswerScoring missedAt(IssuedItem item, Instant answeredAt) {
    return (l, i, r) -> new ScoredAnswer(attempt(item, false), new Rating(1000, 0), new Rating(990, 1),
        new Rating(1010, 1), ReviewLadder.after(r, item, false, answeredAt));
  }

  private static LearnerRepository.AnswerScoring rated(IssuedItem item, double rating, int answered) {
    return (l, i, r) -> new ScoredAnswer(attempt(item, true), new Rating(1000, 0), new Rating(1000, 1),
        new Rating(rating, answered), Optional.empty());
  }
}
