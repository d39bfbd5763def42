package dev.cadenza.learners;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learners, the items they were given, their attempts, their skill ratings, the items' ratings and due reviews.
 * Every write is one transaction: a crash loses at most the answer being written, never half of one.
 */
public interface LearnerRepository {

  void createLearner(String learnerId, Instant createdAt);

  boolean learnerExists(String learnerId);

  void issue(IssuedItem item);

  Optional<IssuedItem> issued(String itemId);

  /**
   * Records an answer to an issued item in one transaction: marks it answered at {@code answeredAt} (throws {@link AlreadyAnsweredException}
   * when it was, so a replay changes nothing), hands the current ratings and review to {@code scoring}, and stores
   * what it returns.
   */
  ScoredAnswer recordAnswer(IssuedItem item, Instant answeredAt, AnswerScoring scoring);

  /** The learner's rating in each topic practised. */
  Map<Topic, Rating> skillRatings(String learnerId);

  Optional<Rating> itemRating(String itemKey);

  /** The learner's reviews due at {@code now}, the most overdue first. */
  List<Review> dueReviews(String learnerId, Instant now);

  /** Reviews scheduled for the learner, due or not. */
  List<Review> reviews(String learnerId);

  /** The learner's attempts, oldest first. */
  List<Attempt> attempts(String learnerId);

  /** Every learner's attempts, for the class view, oldest first. */
  List<Attempt> allAttempts();

  /** Items with at least {@code minAnswers} answers, highest rating (hardest) first. */
  List<RatedItem> hardestItems(int minAnswers, int limit);

  int learnerCount();

  /** Issues an assessment's items and records the assessment, in one transaction. */
  void createAssessment(Assessment assessment, List<IssuedItem> items);

  Optional<Assessment> assessment(String assessmentId);

  /** The learner's assessments, oldest first. */
  List<Assessment> assessments(String learnerId);

  /** Stores an analysed upload with its part-writing issues, in one transaction. */
  void recordUpload(Upload upload);

  /** The learner's uploads, oldest first. */
  List<Upload> uploads(String learnerId);

  /** Every learner's uploads, for the class view, oldest first. */
  List<Upload> allUploads();

  /** An item key with its rating. */
  record RatedItem(String itemKey, Topic topic, Rating rating) {}

  /** Computes what an answer changes from the ratings and review as they stand inside the transaction. */
  @FunctionalInterface
  interface AnswerScoring {
    ScoredAnswer score(Optional<Rating> learner, Optional<Rating> item, Optional<Review> review);
  }
}
