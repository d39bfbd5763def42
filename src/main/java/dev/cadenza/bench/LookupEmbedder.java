package dev.cadenza.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedding model that answers from precomputed (real MiniLM) vectors, so an index of 100,000
 * chunks can be built and queried in minutes and its timings exclude the model. Unknown text is an error.
 */
public final class LookupEmbedder implements EmbeddingModel {

  private final Map<String, float[]> vectors = new HashMap<>();
  private final int dimension;

  public LookupEmbedder(int dimension) {
    this.dimension = dimension;
  }

  /** Registers {@code texts.get(i)} as embedding to {@code embeddings[i]}. */
  public LookupEmbedder add(List<String> texts, float[][] embeddings) {
    for (int i = 0; i < texts.size(); i++) {
      if (embeddings[i].length != dimension) {
        throw new IllegalArgumentException("vector " + i + " has dimension " + embeddings[i].length + ", expected " + dimension);
      }
      vectors.put(texts.get(i), embeddings[i]);
    }
    return this;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    return Response.from(segments.stream().map(segment -> {
      float[] vector = vectors.get(segment.text());
      if (vector == null) {
        throw new IllegalArgumentException("no precomputed embedding for: " + segment.text());
      }
      return Embedding.from(vector);
    }).toList());
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String modelName() {
    return "bench-lookup";
  }
}
