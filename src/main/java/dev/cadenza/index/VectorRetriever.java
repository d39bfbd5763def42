package dev.cadenza.index;

import java.util.List;
import org.apache.lucene.search.KnnFloatVectorQuery;

/** Approximate nearest neighbours of the query's embedding in the HNSW graph (cosine similarity). */
public final class VectorRetriever implements Retriever {

  private final ChunkIndex index;

  public VectorRetriever(ChunkIndex index) {
    this.index = index;
  }

  @Override
  public List<ScoredChunk> retrieve(String query, int n, Filter filter) {
    if (query.isBlank()) {
      return List.of();
    }
    return search(embed(query), n, filter);
  }

  /** The query's embedding under the index's model. */
  public float[] embed(String query) {
    return index.embedder().embed(query).content().vector();
  }

  /** Nearest chunks to an already computed embedding. */
  public List<ScoredChunk> search(float[] vector, int n, Filter filter) {
    return index.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, n, Queries.filter(filter)), n);
  }
}
