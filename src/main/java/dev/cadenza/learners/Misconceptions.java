package dev.cadenza.learners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which misconceptions a learner's attempts and uploads show, and which are still open. One shown by answers stays
 * open until the learner has answered {@value #RIGHT_TO_RESOLVE} items of its topics right since it last showed; a
 * part-writing one, until an upload after it last showed is free of it (its latest upload does not show it).
 */
final class Misconceptions {
  static final int RIGHT_TO_RESOLVE = 3;
  /** A misconception is practised against once it has shown this often: one slip may be chance. */
  static final int SHOWS_TO_TARGET = 2;

  private Misconceptions() {}

  /** One misconception's record in a learner's attempts or uploads. */
  record Seen(Misconception misconception, int count, Instant last, boolean open) {}

  /** Every misconception the attempts and uploads (each oldest first) show, most frequent first. */
  static List<Seen> seen(List<Attempt> attempts, List<Upload> uploads) {
    Map<Misconception, Integer> counts = new EnumMap<>(Misconception.class);
    Map<Misconception, Integer> lastIndex = new EnumMap<>(Misconception.class);
    for (int i = 0; i < attempts.size(); i++) {
      int index = i;
      attempts.get(i).misconception().ifPresent(m -> {
        counts.merge(m, 1, Integer::sum);
        lastIndex.put(m, index);
      });
    }
    List<Seen> seen = new ArrayList<>();
    counts.forEach((m, count) -> seen.add(new Seen(m, count, attempts.get(lastIndex.get(m)).answeredAt(),
        rightSince(attempts, m, lastIndex.get(m)) < RIGHT_TO_RESOLVE)));
    seen.addAll(fromUploads(uploads));
    seen.sort(Comparator.comparingInt(Seen::count).reversed().thenComparing(Seen::last, Comparator.reverseOrder()));
    return seen;
  }

  /** The open misconceptions that have shown often enough to practise against, most frequent first. */
  static List<Misconception> detected(List<Attempt> attempts, List<Upload> uploads) {
    return seen(attempts, uploads).stream().filter(s -> s.open() && s.count() >= SHOWS_TO_TARGET)
        .map(Seen::misconception).toList();
  }

  /** The detected misconception practice turns to: the most frequent one some exercise topic trains. */
  static Optional<Misconception> target(List<Attempt> attempts, List<Upload> uploads) {
    return detected(attempts, uploads).stream().filter(m -> !m.topics().isEmpty()).findFirst();
  }

  private static List<Seen> fromUploads(List<Upload> uploads) {
    Map<Misconception, Integer> counts = new EnumMap<>(Misconception.class);
    Map<Misconception, Upload> last = new EnumMap<>(Misconception.class);
    for (Upload upload : uploads) {
      upload.misconceptions().forEach((m, shown) -> {
        counts.merge(m, shown, Integer::sum);
        last.put(m, upload);
      });
    }
    Upload latest = uploads.isEmpty() ? null : uploads.getLast();
    List<Seen> seen = new ArrayList<>();
    counts.forEach((m, count) -> seen.add(new Seen(m, count, last.get(m).analysedAt(), last.get(m) == latest)));
    return seen;
  }

  private static int rightSince(List<Attempt> attempts, Misconception m, int index) {
    int right = 0;
    for (Attempt a : attempts.subList(index + 1, attempts.size())) {
      if (a.correct() && m.topics().contains(a.topic())) {
        right++;
      }
    }
    return right;
  }
}
