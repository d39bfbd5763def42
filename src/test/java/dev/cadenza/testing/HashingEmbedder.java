package dev.cadenza.testing;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic stand-in for MiniLM in fast unit tests: each lower-cased word adds weight to
 * a dimension chosen by its hash, so texts sharing words are close under cosine similarity.
 */
public final class HashingEmbedder implements EmbeddingModel {

  public static final int DIMENSION = 64;

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
  }

  static float[] vector(String text) {
    float[] v = new float[DIMENSION];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}#]+")) {
      if (word.length() > 2) {
        v[Math.floorMod(word.hashCode(), DIMENSION)] += 1f;
      }
    }
    v[0] += 0.01f; // never the zero vector, which cosine similarity cannot score
    return v;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public String modelName() {
    return "hashing-test-embedder";
  }
}
