package dev.cadenza.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.util.Collection;
import java.util.List;

/**
 * The chunk index seen as a langchain4j {@link EmbeddingStore}, so it plugs into langchain4j
 * pipelines (for example an {@code EmbeddingStoreContentRetriever}). Search runs on the HNSW graph
 * with scores as langchain4j defines relevance for cosine, (1 + cos) / 2. Cadenza writes chunks
 * through {@link ChunkIndex#put}, which chunks, embeds and hashes whole documents; adding bare
 * embeddings here is refused because they would carry no document to cite or re-index.
 */
public final class LuceneEmbeddingStore implements EmbeddingStore<TextSegment> {

  private final ChunkIndex index;
  private final VectorRetriever vectors;

  public LuceneEmbeddingStore(ChunkIndex index) {
    this.index = index;
    this.vectors = new VectorRetriever(index);
  }

  @Override
  public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
    List<EmbeddingMatch<TextSegment>> matches = vectors
        .search(request.queryEmbedding().vector(), request.maxResults(), Filter.NONE)
        .stream()
        .filter(hit -> hit.score() >= request.minScore())
        .map(hit -> new EmbeddingMatch<>((double) hit.score(), hit.chunk().chunkId(), null, Segments.of(hit.chunk())))
        .toList();
    return new EmbeddingSearchResult<>(matches);
  }

  /** Removes the whole document that the chunk id {@code "docId#n"} or document id belongs to. */
  @Override
  public void remove(String id) {
    int hash = id.lastIndexOf('#');
    index.delete(hash < 0 ? id : id.substring(0, hash));
  }

  @Override
  public void removeAll(Collection<String> ids) {
    ids.forEach(this::remove);
  }

  @Override
  public String add(Embedding embedding) {
    throw refuse();
  }

  @Override
  public void add(String id, Embedding embedding) {
    throw refuse();
  }

  @Override
  public String add(Embedding embedding, TextSegment segment) {
    throw refuse();
  }

  @Override
  public List<String> addAll(List<Embedding> embeddings) {
    throw refuse();
  }

  private static UnsupportedOperationException refuse() {
    return new UnsupportedOperationException(
        "add whole documents with ChunkIndex.put (or POST /api/documents); bare embeddings cannot be cited or re-indexed");
  }
}
