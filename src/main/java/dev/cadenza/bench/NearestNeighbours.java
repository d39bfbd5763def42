package dev.cadenza.bench;

/**
 * Finds the items nearest to a query vector. Results are item numbers (rows of the dataset), most
 * similar first, at most {@code k} of them.
 */
@FunctionalInterface
public interface NearestNeighbours {
  int[] search(float[] query, int k);
}
