package dev.cadenza.learners;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment's score so far: unanswered items count as wrong, so a score only grows as the learner goes on.
 *
 * @param score right answers over all the test's items
 */
public record AssessmentResult(String assessmentId, String kind, int items, int answered, int correct, double score,
    List<TopicScore> topics) {

  public record TopicScore(String topic, int items, int correct) {}

  static AssessmentResult of(Assessment assessment, List<IssuedItem> items, List<Attempt> attempts) {
    Map<Topic, int[]> byTopic = new EnumMap<>(Topic.class);
    int answered = 0;
    int correct = 0;
    for (IssuedItem item : items) {
      Optional<Attempt> attempt = attempts.stream().filter(a -> a.itemId().equals(item.id())).findFirst();
      int[] counts = byTopic.computeIfAbsent(item.topic(), t -> new int[2]);
      counts[0]++;
      if (attempt.isPresent()) {
        answered++;
        correct += attempt.get().correct() ? 1 : 0;
        counts[1] += attempt.get().correct() ? 1 : 0;
      }
    }
    List<TopicScore> topics = new ArrayList<>();
    byTopic.forEach((topic, c) -> topics.add(new TopicScore(topic.label(), c[0], c[1])));
    return new AssessmentResult(assessment.id(), assessment.kind().label(), items.size(), answered, correct,
        items.isEmpty() ? 0 : (double) correct / items.size(), topics);
  }

  /** The latest post-test's score less the latest placement score before it, when the learner has both. */
  static Optional<Double> gain(List<Assessment> assessments, List<Attempt> attempts) {
    Optional<Assessment> post = assessments.reversed().stream()
        .filter(a -> a.kind() == Assessment.Kind.POST_TEST).findFirst();
    if (post.isEmpty()) {
      return Optional.empty();
    }
    Optional<Assessment> placement = assessments.reversed().stream()
        .filter(a -> a.kind() == Assessment.Kind.PLACEMENT && !a.createdAt().isAfter(post.get().createdAt()))
        .findFirst();
    return placement.map(p -> score(post.get(), attempts) - score(p, attempts));
  }

  private static double score(Assessment assessment, List<Attempt> attempts) {
    long right = attempts.stream().filter(a -> a.correct() && assessment.itemIds().contains(a.itemId())).count();
    return (double) right / assessment.itemIds().size();
  }
}
