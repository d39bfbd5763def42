package dev.cadenza.learners;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher's view of every learner together: totals, each topic's accuracy, the items rated hardest, and the
 * misconceptions seen most, in practice answers and in the part-writing of uploaded MIDI files.
 */
public record ClassSummary(int learners, int itemsAnswered, double accuracy, List<TopicSummary> topics,
    List<HardItem> hardestItems, List<MisconceptionSummary> misconceptions) {

  /** Items answered fewer times than this are not ranked: their rating is still mostly the prior. */
  static final int MIN_ANSWERS_TO_RANK = 3;
  static final int HARDEST_SHOWN = 10;

  public record TopicSummary(String topic, int learners, int answered, double accuracy) {}

  public record HardItem(String prompt, String topic, double rating, int answered) {}

  public record MisconceptionSummary(String id, String description, int count, int learners) {}

  static ClassSummary of(int learners, List<Attempt> attempts, List<Upload> uploads,
      List<LearnerRepository.RatedItem> hardest, Exercises exercises) {
    Map<Topic, int[]> byTopic = new EnumMap<>(Topic.class);
    Map<Topic, Set<String>> topicLearners = new EnumMap<>(Topic.class);
    Map<Misconception, int[]> byMisconception = new EnumMap<>(Misconception.class);
    Map<Misconception, Set<String>> misconceptionLearners = new EnumMap<>(Misconception.class);
    int correct = 0;
    for (Attempt a : attempts) {
      correct += a.correct() ? 1 : 0;
      int[] counts = byTopic.computeIfAbsent(a.topic(), t -> new int[2]);
      counts[0]++;
      counts[1] += a.correct() ? 1 : 0;
      topicLearners.computeIfAbsent(a.topic(), t -> new HashSet<>()).add(a.learnerId());
      a.misconception().ifPresent(m -> {
        byMisconception.computeIfAbsent(m, k -> new int[1])[0]++;
        misconceptionLearners.computeIfAbsent(m, k -> new HashSet<>()).add(a.learnerId());
      });
    }
    for (Upload upload : uploads) {
      upload.misconceptions().forEach((m, shown) -> {
        byMisconception.computeIfAbsent(m, k -> new int[1])[0] += shown;
        misconceptionLearners.computeIfAbsent(m, k -> new HashSet<>()).add(upload.learnerId());
      });
    }
    List<TopicSummary> topics = new ArrayList<>();
    byTopic.forEach((t, c) -> topics.add(new TopicSummary(t.label(), topicLearners.get(t).size(), c[0],
        (double) c[1] / c[0])));
    List<MisconceptionSummary> misconceptions = new ArrayList<>();
    byMisconception.forEach((m, c) -> misconceptions.add(new MisconceptionSummary(m.label(), m.description(), c[0],
        misconceptionLearners.get(m).size())));
    misconceptions.sort((a, b) -> Integer.compare(b.count(), a.count()));
    List<HardItem> items = hardest.stream().map(r -> new HardItem(exercises.rebuild(r.itemKey()).prompt(),
        r.topic().label(), r.rating().value(), r.rating().answered())).toList();
    return new ClassSummary(learners, attempts.size(), attempts.isEmpty() ? 0 : (double) correct / attempts.size(),
        topics, items, misconceptions);
  }
}
