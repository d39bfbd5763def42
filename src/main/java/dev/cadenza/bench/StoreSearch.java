package dev.cadenza.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** langchain4j's {@link InMemoryEmbeddingStore} (a linear scan over its entries), holding its own copies of the vectors. */
public final class StoreSearch implements NearestNeighbours {

  private static final int ADD_BATCH = 10_000;

  private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

  /** Adds every vector under its item number as id; copies, because a real store owns its embeddings. */
  public StoreSearch(float[][] vectors) {
    for (int from = 0; from < vectors.length; from += ADD_BATCH) {
      int to = Math.min(vectors.length, from + ADD_BATCH);
      List<String> ids = new ArrayList<>(to - from);
      List<Embedding> embeddings = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        ids.add(Integer.toString(i));
        embeddings.add(Embedding.from(vectors[i].clone()));
      }
      store.addAll(ids, embeddings, Collections.nCopies(ids.size(), null));
    }
  }

  @Override
  public int[] search(float[] query, int k) {
    List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
        .queryEmbedding(Embedding.from(query)).maxResults(k).minScore(0.0).build()).matches();
    int[] items = new int[matches.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = Integer.parseInt(matches.get(i).embeddingId());
    }
    return items;
  }
}
