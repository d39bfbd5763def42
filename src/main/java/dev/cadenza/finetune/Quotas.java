package dev.cadenza.finetune;

import java.util.EnumMap;
import java.util.Map;

/** How many records each family contributes: its weight's share of the size, rounding left to the largest family. */
final class Quotas {
  private Quotas() {}

  static Map<Family, Integer> of(int size) {
    int totalWeight = 0;
    Family largest = Family.values()[0];
    for (Family family : Family.values()) {
      totalWeight += family.weight();
      largest = family.weight() > largest.weight() ? family : largest;
    }
    Map<Family, Integer> quotas = new EnumMap<>(Family.class);
    int assigned = 0;
    for (Family family : Family.values()) {
      int quota = (int) ((long) size * family.weight() / totalWeight);
      quotas.put(family, quota);
      assigned += quota;
    }
    quotas.merge(largest, size - assigned, Integer::sum);
    return quotas;
  }
}
