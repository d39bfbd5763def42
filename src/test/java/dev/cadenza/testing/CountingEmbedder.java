package dev.cadenza.testing;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The hashing test embedder, counting the texts it embeds. */
public final class CountingEmbedder implements EmbeddingModel {
  public final AtomicInteger texts = new AtomicInteger();
  private final HashingEmbedder delegate = new HashingEmbedder();

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    texts.addAndGet(segments.size());
    return delegate.embedAll(segments);
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public String modelName() {
    return "counting-hashing";
  }
}
