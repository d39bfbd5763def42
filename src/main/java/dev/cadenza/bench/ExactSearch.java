package dev.cadenza.bench;

/**
 * The exact baseline: a scan of a plain {@code float[][]} computing every dot product (cosine, since
 * the vectors are unit length) and keeping the best {@code k}, ties broken by the lower item number.
 */
public final class ExactSearch implements NearestNeighbours {

  private final float[][] vectors;

  public ExactSearch(float[][] vectors) {
    this.vectors = vectors;
  }

  @Override
  public int[] search(float[] query, int k) {
    int size = Math.min(k, vectors.length);
    int[] best = new int[size];
    float[] scores = new float[size];
    int filled = 0;
    for (int i = 0; i < vectors.length; i++) {
      float score = Vectors.dot(query, vectors[i]);
      if (filled == size && score <= scores[size - 1]) {
        continue; // not better than the worst kept; an equal score loses to the lower item number already kept
      }
      int at = filled == size ? size - 1 : filled++;
      while (at > 0 && scores[at - 1] < score) {
        scores[at] = scores[at - 1];
        best[at] = best[at - 1];
        at--;
      }
      scores[at] = score;
      best[at] = i;
    }
    return best;
  }

  /** The similarity of item {@code item} to {@code query}. */
  public float score(float[] query, int item) {
    return Vectors.dot(query, vectors[item]);
  }
}
