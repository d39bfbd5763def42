package dev.cadenza.eval;

import java.util.List;
import java.util.Set;

/**
 * Retrieval scores for one question. The ranking is the list of distinct document ids in the order
 * their passages were retrieved (most relevant first); a question is a hit when any relevant document
 * appears in it, and its reciprocal rank is 1 / the rank of the first relevant document (0 when none).
 */
public final class Retrieval {

  private Retrieval() {}

  /** 1-based rank of the first relevant document, or 0 when none of them was retrieved. */
  public static int firstRelevantRank(List<String> rankedDocIds, Set<String> relevant) {
    List<String> distinct = rankedDocIds.stream().distinct().toList();
    for (int i = 0; i < distinct.size(); i++) {
      if (relevant.contains(distinct.get(i))) return i + 1;
    }
    return 0;
  }

  public static double reciprocalRank(int firstRelevantRank) {
    if (firstRelevantRank < 0) {
      throw new IllegalArgumentException("illegal rank: " + firstRelevantRank + ", must be >= 0");
    }
    return firstRelevantRank == 0 ? 0.0 : 1.0 / firstRelevantRank;
  }
}
