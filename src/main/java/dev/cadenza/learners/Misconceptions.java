package dev.cadenza.learners;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which misconceptions a learner's attempts show, and which are still open: one stays open until the learner has
 * answered {@value #RIGHT_TO_RESOLVE} items of its topics right since it last showed.
 */
final class Misconceptions {
  static final int RIGHT_TO_RESOLVE = 3;
  /** A misconception is practised against once it has shown this often: one slip may be chance. */
  static final int SHOWS_TO_TARGET = 2;

  private Misconceptions() {}

  /** One misconception's record in a learner's attempts. */
  record Seen(Misconception misconception, int count, int lastIndex, boolean open) {}

  /** Every misconception the attempts (oldest first) show, most frequent first. */
  static List<Seen> seen(List<Attempt> attempts) {
    Map<Misconception, int[]> counts = new EnumMap<>(Misconception.class);
    for (int i = 0; i < attempts.size(); i++) {
      int index = i;
      attempts.get(i).misconception().ifPresent(m -> {
        int[] c = counts.computeIfAbsent(m, k -> new int[2]);
        c[0]++;
        c[1] = index;
      });
    }
    List<Seen> seen = new ArrayList<>();
    counts.forEach((m, c) -> seen.add(new Seen(m, c[0], c[1], rightSince(attempts, m, c[1]) < RIGHT_TO_RESOLVE)));
    seen.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
        : Integer.compare(b.lastIndex(), a.lastIndex()));
    return seen;
  }

  /** The open misconception to practise against, if one has shown often enough. */
  static Optional<Misconception> target(List<Attempt> attempts) {
    return seen(attempts).stream().filter(s -> s.open() && s.count() >= SHOWS_TO_TARGET).findFirst()
        .map(Seen::misconception);
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
