package dev.cadenza.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/** The embedding model Cadenza runs with: all-MiniLM-L6-v2, batched, with recent questions cached. */
public final class Embedders {

  /** Queries coalesced into one model call at most; 32 short questions take about as long as a few alone. */
  public static final int MAX_QUERY_BATCH = 32;
  /** Recent distinct questions remembered (about 1.6 KB each). */
  public static final int QUERY_CACHE_SIZE = 4096;

  private Embedders() {}

  public static CachingEmbedder allMiniLmL6V2() {
    OnnxBatchEncoder encoder = OnnxBatchEncoder.allMiniLmL6V2(AllMiniLmL6V2EmbeddingModel::new);
    return new CachingEmbedder(new BatchingEmbedder(encoder, MAX_QUERY_BATCH), QUERY_CACHE_SIZE);
  }
}
