package dev.cadenza.midi;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Finds what covers a moment in a list of time spans ordered by start that do not overlap. */
public final class Spans {

  private static final double EPSILON = 1e-9;

  private Spans() {}

  /**
   * The item whose span, opened {@code lead} quarter notes early, covers {@code time}; null if none.
   * Binary search, so the items must be in order and must not overlap.
   */
  public static <T> T covering(List<T> items, double time, ToDoubleFunction<T> start, ToDoubleFunction<T> end, double lead) {
    int low = 0;
    int high = items.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      T item = items.get(middle);
      if (time < start.applyAsDouble(item) - lead - EPSILON) {
        high = middle - 1;
      } else if (time >= end.applyAsDouble(item) - EPSILON) {
        low = middle + 1;
      } else {
        return item;
      }
    }
    return null;
  }
}
