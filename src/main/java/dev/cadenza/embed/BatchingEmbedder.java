package dev.cadenza.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds with {@link OnnxBatchEncoder}: many texts at once for ingestion, and concurrent single texts
 * (queries) coalesced into one batch. One dispatcher thread takes the first waiting query, drains every
 * other query that arrived meanwhile (up to {@code maxBatch}) and encodes them in one call. There is no
 * collection window: alone, a query waits for nothing; under load, queries that arrive while a batch
 * runs form the next batch, so batches grow exactly when the model is the bottleneck.
 */
public final class BatchingEmbedder implements EmbeddingModel, SpanEmbedder, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BatchingEmbedder.class);

  /** Ingestion batches: large enough to amortise a call, small enough to keep padding waste low. */
  static final int INGEST_BATCH = 32;

  private record Pending(String text, CompletableFuture<float[]> vector) {}

  private final OnnxBatchEncoder encoder;
  private final int maxBatch;
  private final int dimension;
  private final String modelName;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread dispatcher;

  /** @param modelName the model's name, which the index records so that vectors of different models never mix */
  public BatchingEmbedder(OnnxBatchEncoder encoder, int maxBatch, String modelName) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("illegal max batch: " + maxBatch + ", must be >= 1");
    }
    this.encoder = encoder;
    this.maxBatch = maxBatch;
    this.modelName = modelName;
    this.dimension = encoder.embed(List.of("dimension probe")).getFirst().length;
    this.dispatcher = Thread.ofPlatform().name("cadenza-query-embedder").daemon().start(this::dispatch);
  }

  @Override
  public Response<Embedding> embed(String text) {
    CompletableFuture<float[]> vector = new CompletableFuture<>();
    queue.add(new Pending(text, vector));
    try {
      return Response.from(Embedding.from(vector.get()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding a query", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime
          : new IllegalStateException("embedding failed", e.getCause());
    }
  }

  @Override
  public Response<Embedding> embed(TextSegment segment) {
    return embed(segment.text());
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    List<Embedding> embeddings = new ArrayList<>(segments.size());
    for (int from = 0; from < segments.size(); from += INGEST_BATCH) {
      List<String> texts = segments.subList(from, Math.min(segments.size(), from + INGEST_BATCH)).stream()
          .map(TextSegment::text).toList();
      encoder.embed(texts).forEach(v -> embeddings.add(Embedding.from(v)));
    }
    return Response.from(embeddings);
  }

  @Override
  public List<SpannedVectors> embedWithSpans(List<String> texts, List<List<int[]>> spans) {
    List<SpannedVectors> embedded = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += INGEST_BATCH) {
      int to = Math.min(texts.size(), from + INGEST_BATCH);
      embedded.addAll(encoder.embedWithSpans(texts.subList(from, to), spans.subList(from, to)));
    }
    return embedded;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String modelName() {
    return modelName;
  }

  private void dispatch() {
    List<Pending> batch = new ArrayList<>(maxBatch);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch, maxBatch - 1);
      try {
        List<float[]> vectors = encoder.embed(batch.stream().map(Pending::text).toList());
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).vector().complete(vectors.get(i));
        }
      } catch (RuntimeException e) {
        // One bad text (blank, say) must not fail the others that shared its batch: retry them alone.
        if (batch.size() == 1) {
          batch.getFirst().vector().completeExceptionally(e);
        } else {
          LOG.debug("batch of {} failed, embedding one by one", batch.size(), e);
          batch.forEach(this::embedAlone);
        }
      }
      batch.clear();
    }
  }

  private void embedAlone(Pending pending) {
    try {
      pending.vector().complete(encoder.embed(List.of(pending.text())).getFirst());
    } catch (RuntimeException e) {
      pending.vector().completeExceptionally(e);
    }
  }

  @Override
  public void close() {
    dispatcher.interrupt();
    encoder.close();
  }
}
