package dev.cadenza.learners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One learner's progress, computed from the stored attempts, ratings and reviews.
 *
 * @param accuracyTrend accuracy of each block of {@value #TREND_BLOCK} answers, oldest first (the last may be shorter)
 * @param currentStreak right answers in a row up to the latest
 * @param timeOnTaskSeconds time from each item's handing out to its answer, each capped at five minutes
 * @param assessmentGain the latest post-test's score less the placement score before it, or null without both
 */
public record LearnerProgress(String learnerId, int itemsAnswered, int correct, double accuracy, int currentStreak,
    int bestStreak, long timeOnTaskSeconds, List<Double> accuracyTrend, List<TopicProgress> topics,
    List<MisconceptionProgress> misconceptions, int reviewsDue, int reviewsScheduled, Double assessmentGain) {

  static final int TREND_BLOCK = 10;
  /** Mastery is the chance of answering an item of this rating (difficulty 3 of 5) right. */
  static final double MASTERY_REFERENCE = Elo.prior(3);

  /** A topic's rating and record; mastery in [0, 1]. */
  public record TopicProgress(String topic, double rating, double mastery, int answered, int correct) {}

  /**
   * A misconception's record: how often it showed, whether it is still open, and where it showed: "practice"
   * (wrong answers) or "uploads" (part-writing issues in the learner's MIDI files).
   */
  public record MisconceptionProgress(String id, String description, int count, boolean open, String shownIn) {}

  static LearnerProgress of(String learnerId, List<Attempt> attempts, List<Upload> uploads, Map<Topic, Rating> ratings,
      List<Review> reviews, Instant now, Double assessmentGain) {
    int correct = 0;
    int streak = 0;
    int best = 0;
    long millis = 0;
    List<Double> trend = new ArrayList<>();
    int blockRight = 0;
    for (int i = 0; i < attempts.size(); i++) {
      Attempt a = attempts.get(i);
      correct += a.correct() ? 1 : 0;
      blockRight += a.correct() ? 1 : 0;
      streak = a.correct() ? streak + 1 : 0;
      best = Math.max(best, streak);
      millis += a.elapsedMillis();
      boolean blockEnds = (i + 1) % TREND_BLOCK == 0 || i == attempts.size() - 1;
      if (blockEnds) {
        int size = i % TREND_BLOCK + 1;
        trend.add((double) blockRight / size);
        blockRight = 0;
      }
    }
    List<TopicProgress> topics = new ArrayList<>();
    for (Topic topic : Topic.values()) {
      Rating rating = ratings.get(topic);
      if (rating != null) {
        int right = (int) attempts.stream().filter(a -> a.topic() == topic && a.correct()).count();
        topics.add(new TopicProgress(topic.label(), rating.value(), Elo.expected(rating.value(), MASTERY_REFERENCE),
            rating.answered(), right));
      }
    }
    List<MisconceptionProgress> misconceptions = Misconceptions.seen(attempts, uploads).stream()
        .map(s -> new MisconceptionProgress(s.misconception().label(), s.misconception().description(), s.count(),
            s.open(), s.misconception().partWriting() ? "uploads" : "practice"))
        .toList();
    int due = (int) reviews.stream().filter(r -> !r.dueAt().isAfter(now)).count();
    return new LearnerProgress(learnerId, attempts.size(), correct,
        attempts.isEmpty() ? 0 : (double) correct / attempts.size(), streak, best, millis / 1000, trend, topics,
        misconceptions, due, reviews.size(), assessmentGain);
  }
}
