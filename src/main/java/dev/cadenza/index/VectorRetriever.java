package dev.cadenza.index;

import java.util.Collection;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

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

  /** The {@code n} of the given chunks nearest to an embedding, among those the filter admits (an exact search). */
  public List<ScoredChunk> searchAmong(float[] vector, Collection<String> chunkIds, int n, Filter filter) {
    if (chunkIds.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder among = new BooleanQuery.Builder()
        .add(new TermInSetQuery(Fields.CHUNK_ID, chunkIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
    Query restriction = Queries.filter(filter);
    if (restriction != null) {
      among.add(restriction, BooleanClause.Occur.FILTER);
    }
    return index.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, n, among.build()), n);
  }
}
