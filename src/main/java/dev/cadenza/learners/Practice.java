package dev.cadenza.learners;

import dev.cadenza.midi.voice.Issue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Adaptive practice: creates anonymous learners, hands out generated items near each learner's level, grades
 * answers with the theory engine, and keeps ratings, reviews and misconceptions in the repository.
 */
public final class Practice {
  /** Time on one item counts up to this much; longer means the learner stepped away. */
  static final Duration MAX_TIME_ON_ITEM = Duration.ofMinutes(5);
  private static final int MAX_ANSWER_LENGTH = 200;

  private final LearnerRepository repository;
  private final Exercises exercises;
  private final ItemPicker picker;
  private final Sources sources;
  private final Clock clock;
  private final SplittableRandom draws;

  /** Items are drawn from {@code seed}, so a single-threaded run (a simulation, a test) repeats exactly. */
  public Practice(LearnerRepository repository, Exercises exercises, Sources sources, Clock clock, long seed) {
    this.repository = repository;
    this.exercises = exercises;
    this.picker = new ItemPicker(repository, exercises);
    this.sources = sources;
    this.clock = clock;
    this.draws = new SplittableRandom(seed);
  }

  /** A new anonymous learner; the id is the learner's only key. */
  public String createLearner() {
    String id = Ids.random();
    repository.createLearner(id, clock.instant());
    return id;
  }

  /** The learner's next item, in {@code topic} when one is given. */
  public PracticeItem next(String learnerId, Optional<Topic> topic) {
    requireLearner(learnerId);
    Instant now = clock.instant();
    ItemPicker.Pick pick = picker.next(learnerId, topic, now, split());
    Exercise exercise = pick.exercise();
    String itemId = Ids.random();
    repository.issue(new IssuedItem(itemId, learnerId, exercise.key(), exercise.topic(), now, Optional.empty()));
    return PracticeItem.of(itemId, exercise, pick.review());
  }

  /**
   * Grades an answer to an item this learner was given and records it. Unknown or foreign ids throw
   * {@link UnknownIdException}, a second answer {@link AlreadyAnsweredException}, an unreadable answer
   * {@link MalformedAnswerException} (the item stays open).
   */
  public Feedback answer(String learnerId, String itemId, String answer) {
    requireLearner(learnerId);
    IssuedItem item = repository.issued(itemId).filter(i -> i.learnerId().equals(learnerId))
        .orElseThrow(() -> new UnknownIdException("unknown item id for this learner: " + itemId));
    if (answer != null && answer.length() > MAX_ANSWER_LENGTH) {
      throw new MalformedAnswerException("answers are limited to " + MAX_ANSWER_LENGTH + " characters");
    }
    Exercise exercise = exercises.rebuild(item.itemKey());
    Grade grade = exercise.grade(answer);
    Instant now = clock.instant();
    long elapsed = Math.min(Duration.between(item.issuedAt(), now).toMillis(), MAX_TIME_ON_ITEM.toMillis());
    ScoredAnswer scored = repository.recordAnswer(item, now, (learner, rated, review) -> {
      Rating learnerBefore = learner.orElse(new Rating(Elo.START, 0));
      Rating[] after = Elo.update(learnerBefore, rated.orElse(new Rating(Elo.prior(exercise.difficulty()), 0)),
          grade.correct());
      Attempt attempt = new Attempt(itemId, learnerId, item.itemKey(), item.topic(), answer.strip(), grade.correct(),
          grade.misconception(), now, Math.max(0, elapsed), after[0].value());
      return new ScoredAnswer(attempt, learnerBefore, after[0], after[1], ReviewLadder.after(review, item, grade.correct(), now));
    });
    return new Feedback(grade.correct(), exercise.expected(), exercise.explanation(), sources.forTopic(item.topic()),
        grade.misconception().map(Feedback.MisconceptionNote::of).orElse(null),
        new Feedback.RatingChange(item.topic().label(), scored.learnerBefore().value(),
            scored.learnerAfter().value()));
  }

  /**
   * Starts a placement test or post-test: all its items at once ({@link AssessmentBlueprint}), each answered through
   * {@link #answer} like any item, so the test also informs the ratings.
   */
  public AssessmentView startAssessment(String learnerId, Assessment.Kind kind) {
    requireLearner(learnerId);
    Instant now = clock.instant();
    List<Exercise> drawn = AssessmentBlueprint.draw(exercises, split());
    List<IssuedItem> items = drawn.stream()
        .map(e -> new IssuedItem(Ids.random(), learnerId, e.key(), e.topic(), now, Optional.empty())).toList();
    Assessment assessment = new Assessment(Ids.random(), learnerId, kind, now, items.stream().map(IssuedItem::id).toList());
    repository.createAssessment(assessment, items);
    List<PracticeItem> shown = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      shown.add(PracticeItem.of(items.get(i).id(), drawn.get(i), false));
    }
    return new AssessmentView(assessment.id(), kind.label(), shown);
  }

  /** The score of one of this learner's assessments so far. */
  public AssessmentResult assessmentResult(String learnerId, String assessmentId) {
    requireLearner(learnerId);
    Assessment assessment = repository.assessment(assessmentId).filter(a -> a.learnerId().equals(learnerId))
        .orElseThrow(() -> new UnknownIdException("unknown assessment id for this learner: " + assessmentId));
    List<IssuedItem> items = assessment.itemIds().stream().map(id -> repository.issued(id).orElseThrow()).toList();
    return AssessmentResult.of(assessment, items, repository.attempts(learnerId));
  }

  /** The learner's progress: mastery per topic, accuracy trend, streaks, time on task, misconceptions, test gain. */
  public LearnerProgress progress(String learnerId) {
    requireLearner(learnerId);
    List<Attempt> attempts = repository.attempts(learnerId);
    return LearnerProgress.of(learnerId, attempts, repository.uploads(learnerId), repository.skillRatings(learnerId),
        repository.reviews(learnerId),
        clock.instant(), AssessmentResult.gain(repository.assessments(learnerId), attempts).orElse(null));
  }

  /** The class view: every learner aggregated, the hardest items, the most common misconceptions. */
  public ClassSummary classSummary() {
    return ClassSummary.of(repository.learnerCount(), repository.allAttempts(), repository.allUploads(),
        repository.hardestItems(ClassSummary.MIN_ANSWERS_TO_RANK, ClassSummary.HARDEST_SHOWN), exercises);
  }

  /**
   * Records the part-writing issues the MIDI analyser found in a learner's upload (none for a clean piece): each
   * counts as the misconception its rule reveals (see {@link PartWriting}). Returns the misconceptions shown.
   */
  public List<String> recordUpload(String learnerId, List<Issue> issues) {
    requireLearner(learnerId);
    Map<String, Integer> byRule = new TreeMap<>();
    issues.forEach(issue -> byRule.merge(issue.rule(), 1, Integer::sum));
    Upload upload = new Upload(Ids.random(), learnerId, clock.instant(), byRule);
    List<String> shown = upload.misconceptions().keySet().stream().map(Misconception::label).toList();
    repository.recordUpload(upload);
    return shown;
  }

  /** Throws {@link UnknownIdException} unless the learner exists: a request can check before doing its work. */
  public void requireLearner(String learnerId) {
    if (learnerId == null || learnerId.isBlank() || !repository.learnerExists(learnerId)) {
      throw new UnknownIdException("unknown learner id: " + learnerId + " (POST /api/learners creates one)");
    }
  }

  private synchronized SplittableRandom split() {
    return draws.split();
  }
}
