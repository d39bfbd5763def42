package dev.cadenza.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Remembers the embeddings of recent single texts (questions asked again by other students, a page's
 * example questions) in a bounded least-recently-used map. Keys are case- and whitespace-normalised:
 * the uncased WordPiece tokenizer of the models Cadenza uses lower-cases and splits on whitespace, so
 * texts that differ only there have identical embeddings. Batch calls (ingestion) pass straight through.
 */
public final class CachingEmbedder implements EmbeddingModel, SpanEmbedder, AutoCloseable {

  private final EmbeddingModel delegate;
  private final Map<String, Embedding> recent;

  public CachingEmbedder(EmbeddingModel delegate, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("illegal cache capacity: " + capacity + ", must be >= 1");
    }
    this.delegate = delegate;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
        return size() > capacity;
      }
    };
  }

  static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public Response<Embedding> embed(String text) {
    String key = key(text);
    synchronized (recent) {
      Embedding known = recent.get(key);
      if (known != null) {
        return Response.from(known);
      }
    }
    // Computed outside the lock so concurrent misses batch together in the delegate.
    Embedding computed = delegate.embed(text).content();
    synchronized (recent) {
      recent.put(key, computed);
    }
    return Response.from(computed);
  }

  @Override
  public Response<Embedding> embed(TextSegment segment) {
    return embed(segment.text());
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    return delegate.embedAll(segments);
  }

  @Override
  public boolean embedsSpans() {
    return delegate instanceof SpanEmbedder spanEmbedder && spanEmbedder.embedsSpans();
  }

  /** Straight through, like other batch calls; a delegate that cannot embed spans is an {@link UnsupportedOperationException}. */
  @Override
  public List<SpannedVectors> embedWithSpans(List<String> texts, List<List<int[]>> spans) {
    if (!(delegate instanceof SpanEmbedder spanEmbedder)) {
      throw new UnsupportedOperationException(delegate.getClass().getSimpleName() + " cannot embed spans");
    }
    return spanEmbedder.embedWithSpans(texts, spans);
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public String modelName() {
    return delegate.modelName();
  }

  @Override
  public void close() throws Exception {
    if (delegate instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }
}
