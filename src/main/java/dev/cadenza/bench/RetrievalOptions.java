package dev.cadenza.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Settings of {@code bench retrieval}.
 *
 * @param sizes index sizes to measure, ascending
 * @param realVectors at most this many vectors are real MiniLM embeddings; larger sizes add perturbed copies
 * @param sigma standard deviation per dimension of the Gaussian noise of perturbed copies
 * @param queries measured queries per method; {@code warmup} more run first, unmeasured, and again until
 *     {@code warmupMillis} have passed
 * @param k results per query (recall is recall@k)
 * @param fanOuts HNSW candidates per wanted result (k × fan-out is Lucene's search beam)
 * @param hnsw HNSW build settings to compare
 * @param storeMaxSize largest size at which langchain4j's InMemoryEmbeddingStore is measured
 * @param hybridMaxSize largest size at which the full ChunkIndex (BM25 + HNSW + RRF) is built and measured
 * @param cacheDir where real embeddings are cached
 * @param workDir scratch folder for indexes (deleted after each measurement)
 * @param embedOnly only fill the embedding cache for the largest size, measure nothing
 */
public record RetrievalOptions(List<Integer> sizes, int realVectors, double sigma, int queries, int warmup, int warmupMillis, int k,
    List<Integer> fanOuts, List<HnswSettings> hnsw, int storeMaxSize, int hybridMaxSize, long seed, Path cacheDir, Path workDir,
    boolean embedOnly) {

  public RetrievalOptions {
    sizes = sizes.stream().sorted().toList();
    fanOuts = List.copyOf(fanOuts);
    hnsw = List.copyOf(hnsw);
    if (sizes.isEmpty() || sizes.getFirst() < 1) throw new IllegalArgumentException("illegal sizes: " + sizes + ", need at least one size >= 1");
    if (realVectors < 1) throw new IllegalArgumentException("illegal real vector count: " + realVectors + ", must be >= 1");
    if (sigma < 0) throw new IllegalArgumentException("illegal sigma: " + sigma + ", must be >= 0");
    if (queries < 1) throw new IllegalArgumentException("illegal queries: " + queries + ", must be >= 1");
    if (warmup < 0) throw new IllegalArgumentException("illegal warmup: " + warmup + ", must be >= 0");
    if (warmupMillis < 0) throw new IllegalArgumentException("illegal warmup millis: " + warmupMillis + ", must be >= 0");
    if (k < 1) throw new IllegalArgumentException("illegal k: " + k + ", must be >= 1");
    if (fanOuts.isEmpty() || fanOuts.stream().anyMatch(f -> f < 1)) throw new IllegalArgumentException("illegal fan-outs: " + fanOuts + ", each must be >= 1");
    Objects.requireNonNull(cacheDir, "cacheDir");
    Objects.requireNonNull(workDir, "workDir");
  }

  /** How many real embeddings the largest size needs. */
  public int realNeeded() {
    return Math.min(realVectors, sizes.getLast());
  }
}
