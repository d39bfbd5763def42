package dev.cadenza.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Wraps an embedding model and adds up the time spent in it, so ingestion can be split into embedding and indexing. */
public final class TimedEmbedder implements EmbeddingModel {

  private final EmbeddingModel delegate;
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicLong texts = new AtomicLong();

  public TimedEmbedder(EmbeddingModel delegate) {
    this.delegate = delegate;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    long start = System.nanoTime();
    try {
      return delegate.embedAll(segments);
    } finally {
      nanos.addAndGet(System.nanoTime() - start);
      texts.addAndGet(segments.size());
    }
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public String modelName() {
    return delegate.modelName();
  }

  public double seconds() {
    return nanos.get() / 1e9;
  }

  public long texts() {
    return texts.get();
  }

  public void reset() {
    nanos.set(0);
    texts.set(0);
  }
}
