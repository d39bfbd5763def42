package dev.cadenza.bench;

import dev.cadenza.retrieve.HybridSearch;
import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.Document;
import dev.cadenza.index.Bm25Retriever;
import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.DocumentSync;
import dev.cadenza.index.Filter;
import dev.cadenza.index.Progress;
import dev.cadenza.index.Retriever;
import dev.cadenza.index.VectorRetriever;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cadenza's own retrieval path at scale: a {@link ChunkIndex} of generated documents (one chunk
 * each, vectors from the embedding cache) queried through BM25, HNSW and the fused
 * {@link HybridSearch}, exactly as {@code /api/search} does, minus the query embedding.
 */
public final class HybridProbe {

  /** Build time of the chunk index and latency of each retriever at one size. */
  public record Result(int size, double buildSeconds, long diskBytes, int segments, double documentHashesMs, int k, Latency bm25,
      Latency vector, Latency hybrid) {}

  private HybridProbe() {}

  public static Result run(Path dir, TheoryText text, List<String> passageTexts, float[][] passageVectors,
      List<String> queries, float[][] queryVectors, int warmup, int k) {
    LookupEmbedder embedder = new LookupEmbedder(passageVectors[0].length)
        .add(passageTexts, passageVectors)
        .add(queries, queryVectors);
    List<Document> documents = new ArrayList<>(passageTexts.size());
    for (int i = 0; i < passageTexts.size(); i++) {
      documents.add(text.document(i));
    }
    long start = System.nanoTime();
    try (ChunkIndex index = ChunkIndex.open(dir, embedder)) {
      new DocumentSync(index, new Chunker(), false).sync(documents, Progress.NONE);
      double buildSeconds = (System.nanoTime() - start) / 1e9;
      Retriever bm25 = new Bm25Retriever(index);
      Retriever vector = new VectorRetriever(index);
      HybridSearch hybrid = new HybridSearch(bm25, vector);
      // HybridSearch asks each retriever for max(20, 4k) candidates; time the parts with the same n.
      int candidates = Math.max(20, 4 * k);
      List<String> measured = queries.subList(0, queries.size() - warmup);
      for (String query : queries.subList(queries.size() - warmup, queries.size())) {
        hybrid.search(query, k, Filter.NONE);
      }
      Latency bm25Latency = time(measured, q -> bm25.retrieve(q, candidates, Filter.NONE));
      Latency vectorLatency = time(measured, q -> vector.retrieve(q, candidates, Filter.NONE));
      Latency hybridLatency = time(measured, q -> hybrid.search(q, k, Filter.NONE));
      // Every curator upload and delete first lists the index's documents; at scale that is its fixed cost.
      long listStart = System.nanoTime();
      index.documentHashes();
      double documentHashesMs = (System.nanoTime() - listStart) / 1e6;
      return new Result(passageTexts.size(), buildSeconds, Folders.size(dir), segments(dir), documentHashesMs, k, bm25Latency,
          vectorLatency, hybridLatency);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the chunk index in " + dir, e);
    }
  }

  private static int segments(Path dir) {
    try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
      return reader.leaves().size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count the segments in " + dir, e);
    }
  }

  private static Latency time(List<String> queries, java.util.function.Consumer<String> search) {
    long[] nanos = new long[queries.size()];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      search.accept(queries.get(i));
      nanos[i] = System.nanoTime() - start;
    }
    return Latency.ofNanos(nanos);
  }
}
