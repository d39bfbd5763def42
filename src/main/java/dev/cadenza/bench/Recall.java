package dev.cadenza.bench;

/**
 * Recall@k against the exact answer, fair to ties: a returned item counts when it is in the exact
 * top k or scores at least as high as the exact k-th item (within {@value #TIE_EPSILON}), so two
 * identical vectors cannot make an exact method look approximate.
 */
public final class Recall {

  static final float TIE_EPSILON = 1e-6f;

  private Recall() {}

  /** The fraction of the {@code k} slots filled by a true nearest neighbour. */
  public static double at(int k, int[] exact, int[] found, float[] query, ExactSearch truth) {
    if (exact.length == 0) {
      return 1.0;
    }
    int slots = Math.min(k, exact.length);
    float kthScore = truth.score(query, exact[slots - 1]);
    java.util.Set<Integer> exactSet = new java.util.HashSet<>();
    for (int i = 0; i < slots; i++) {
      exactSet.add(exact[i]);
    }
    int hits = 0;
    for (int i = 0; i < Math.min(slots, found.length); i++) {
      if (exactSet.contains(found[i]) || truth.score(query, found[i]) >= kthScore - TIE_EPSILON) {
        hits++;
      }
    }
    return hits / (double) slots;
  }
}
