package dev.cadenza.bench;

import java.util.List;

/**
 * Vectors to search and queries to search them with. Every vector is unit length, so the dot
 * product is the cosine similarity.
 *
 * @param vectors the indexed vectors; row {@code i} is item {@code i}
 * @param baseCount how many leading rows are real embeddings of passages (the rest are perturbations)
 * @param queryTexts the questions, in order
 * @param queryVectors their embeddings, measured queries first and then the warm-up queries
 * @param provenance one sentence saying how the vectors were made, for the report
 */
public record Dataset(float[][] vectors, int baseCount, List<String> queryTexts, float[][] queryVectors, String provenance) {

  public Dataset {
    queryTexts = List.copyOf(queryTexts);
    if (queryTexts.size() != queryVectors.length) {
      throw new IllegalArgumentException(queryTexts.size() + " query texts but " + queryVectors.length + " query vectors");
    }
  }

  public int size() {
    return vectors.length;
  }

  public int dimension() {
    return vectors[0].length;
  }
}
