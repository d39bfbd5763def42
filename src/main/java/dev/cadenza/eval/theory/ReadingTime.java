package dev.cadenza.eval.theory;

import dev.cadenza.theory.query.QuestionReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How long reading a question into typed queries takes (recognising entities and running the readers, not the
 * engine): every question read {@link #WARM_UP} times first so the JIT has compiled the path, then timed once per
 * pass over {@link #PASSES} passes.
 */
public final class ReadingTime {
  static final int WARM_UP = 20;
  static final int PASSES = 5;

  /** Percentiles of one question's reading time, in milliseconds. */
  public record Summary(int readings, double p50, double p90, double p99) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "reading time over %d readings: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms",
          readings, p50, p90, p99);
    }
  }

  private ReadingTime() {}

  public static Summary measure(List<TheoryQuestion> questions) {
    for (int i = 0; i < WARM_UP; i++) {
      questions.forEach(q -> QuestionReader.read(q.question()));
    }
    List<Double> millis = new ArrayList<>();
    for (int pass = 0; pass < PASSES; pass++) {
      for (TheoryQuestion q : questions) {
        long start = System.nanoTime();
        QuestionReader.read(q.question());
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    Collections.sort(millis);
    return new Summary(millis.size(), at(millis, 0.50), at(millis, 0.90), at(millis, 0.99));
  }

  private static double at(List<Double> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }
}
