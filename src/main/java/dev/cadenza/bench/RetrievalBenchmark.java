package dev.cadenza.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Nearest-neighbour search side by side at each size: exact brute force, langchain4j's
 * InMemoryEmbeddingStore and Lucene HNSW under each build setting and search fan-out, with latency,
 * recall@k against exact, build time, heap and disk; then Cadenza's hybrid path on a real ChunkIndex.
 */
public final class RetrievalBenchmark {

  /** One method at one size: its costs and how well it found the exact neighbours. */
  public record Row(int size, String method, String settings, int fanOut, double buildSeconds, double heapMb,
      double diskMb, int segments, Latency latency, double recall) {}

  /** Everything measured, in the order measured. */
  public record Results(String provenance, int dimension, List<Row> rows, List<HybridProbe.Result> hybrid) {}

  private final RetrievalOptions options;
  private final EmbeddingModel model;
  private final PrintStream log;

  public RetrievalBenchmark(RetrievalOptions options, EmbeddingModel model, PrintStream log) {
    this.options = options;
    this.model = model;
    this.log = log;
  }

  /** Runs every size; {@code progress} receives the results so far after each measurement, so long runs leave partial reports. */
  public Results run(Consumer<Results> progress) {
    TheoryText text = new TheoryText(options.seed());
    EmbeddingCache cache = new EmbeddingCache(options.cacheDir(), model, text, log);
    float[][] real = cache.passages(options.realNeeded());
    float[][] questions = cache.questions(options.queries() + options.warmup());
    if (options.embedOnly()) {
      return new Results(provenance(real.length), real[0].length, List.of(), List.of());
    }
    List<String> questionTexts = new ArrayList<>();
    for (int i = 0; i < questions.length; i++) questionTexts.add(text.question(i));
    List<Row> rows = new ArrayList<>();
    List<HybridProbe.Result> hybrid = new ArrayList<>();
    String provenance = provenance(real.length);
    for (int size : options.sizes()) {
      Dataset data = new Dataset(size <= real.length ? Arrays.copyOf(real, size)
          : Vectors.perturbed(real, size, options.sigma(), options.seed()), Math.min(size, real.length), questionTexts, questions, provenance);
      measureSize(data, row -> {
        rows.add(row);
        progress.accept(new Results(provenance, real[0].length, List.copyOf(rows), List.copyOf(hybrid)));
      });
      if (size <= Math.min(real.length, options.hybridMaxSize())) {
        List<String> passageTexts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) passageTexts.add(cache.passageEmbeddingText(i));
        log.printf(Locale.ROOT, "[%,d] building the ChunkIndex (BM25 + HNSW) for hybrid search...%n", size);
        HybridProbe.Result result = HybridProbe.run(Folders.fresh(options.workDir().resolve("chunks-" + size)), text,
            passageTexts, data.vectors(), questionTexts, questions, options.warmup(), 5);
        Folders.delete(options.workDir().resolve("chunks-" + size));
        log.printf(Locale.ROOT, "[%,d] hybrid: build %.1f s, p50 %.2f ms, p99 %.2f ms%n", size, result.buildSeconds(),
            result.hybrid().p50Ms(), result.hybrid().p99Ms());
        hybrid.add(result);
      }
      progress.accept(new Results(provenance, real[0].length, List.copyOf(rows), List.copyOf(hybrid)));
    }
    return new Results(provenance, real[0].length, rows, hybrid);
  }

  private void measureSize(Dataset data, Consumer<Row> out) {
    int size = data.size();
    ExactSearch exact = new ExactSearch(data.vectors());
    int[][] truth = new int[options.queries()][];
    Latency exactLatency = timeQueries(data, exact, truth);
    double exactHeap = Heap.mb((long) size * (data.dimension() * 4L + 16) + 16L * size);
    emit(out, new Row(size, "exact scan (float[][])", "-", 1, 0, exactHeap, 0, 0, exactLatency, 1.0));

    if (size <= options.storeMaxSize()) {
      long before = Heap.usedAfterGc();
      long start = System.nanoTime();
      StoreSearch store = new StoreSearch(data.vectors());
      double build = (System.nanoTime() - start) / 1e9;
      double heap = Heap.mb(Heap.usedAfterGc() - before);
      int[][] found = new int[options.queries()][];
      Latency latency = timeQueries(data, store, found);
      emit(out, new Row(size, "InMemoryEmbeddingStore", "-", 1, build, heap, 0, 0, latency, recall(data, exact, truth, found)));
    }

    for (int s = 0; s < options.hnsw().size(); s++) {
      HnswSettings settings = options.hnsw().get(s);
      var dir = Folders.fresh(options.workDir().resolve("hnsw-" + size + "-" + s));
      log.printf(Locale.ROOT, "[%,d] building Lucene HNSW %s...%n", size, settings.label());
      long before = Heap.usedAfterGc();
      try (LuceneHnsw hnsw = LuceneHnsw.build(dir, data.vectors(), settings)) {
        // The item map (4 bytes per vector) belongs to the benchmark, not to Lucene.
        double heap = Heap.mb(Heap.usedAfterGc() - before - 4L * size);
        for (int fanOut : options.fanOuts()) {
          int[][] found = new int[options.queries()][];
          Latency latency = timeQueries(data, hnsw.withFanOut(fanOut), found);
          emit(out, new Row(size, "Lucene HNSW", settings.label(), fanOut, hnsw.buildSeconds(), heap,
              Heap.mb(hnsw.diskBytes()), hnsw.segments(), latency, recall(data, exact, truth, found)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Folders.delete(dir);
    }
  }

  private void emit(Consumer<Row> out, Row row) {
    log.printf(Locale.ROOT, "[%,d] %-24s %-62s fan-out %d: build %7.1f s, heap %7.1f MB, p50 %8.3f ms, p99 %8.3f ms, recall@%d %.3f%n",
        row.size(), row.method(), row.settings(), row.fanOut(), row.buildSeconds(), row.heapMb(), row.latency().p50Ms(),
        row.latency().p99Ms(), options.k(), row.recall());
    out.accept(row);
  }

  /** Runs the warm-up queries, then times each measured query; results go to {@code found}. */
  private Latency timeQueries(Dataset data, NearestNeighbours method, int[][] found) {
    float[][] queries = data.queryVectors();
    // Warm up on queries that are not measured: every one once, then round again until the warm-up time has
    // passed, so the JIT has compiled the search path of a fast method before its first measured query.
    long warmUntil = System.nanoTime() + options.warmupMillis() * 1_000_000L;
    for (int w = 0; options.warmup() > 0 && (w < options.warmup() || System.nanoTime() < warmUntil); w++) {
      method.search(queries[options.queries() + w % options.warmup()], options.k());
    }
    long[] nanos = new long[options.queries()];
    for (int q = 0; q < options.queries(); q++) {
      long start = System.nanoTime();
      found[q] = method.search(queries[q], options.k());
      nanos[q] = System.nanoTime() - start;
    }
    return Latency.ofNanos(nanos);
  }

  private double recall(Dataset data, ExactSearch exact, int[][] truth, int[][] found) {
    double sum = 0;
    for (int q = 0; q < truth.length; q++) {
      sum += Recall.at(options.k(), truth[q], found[q], data.queryVectors()[q], exact);
    }
    return sum / truth.length;
  }

  private String provenance(int realCount) {
    return String.format(Locale.ROOT, "Vectors are all-MiniLM-L6-v2 embeddings (384 dimensions, unit length) of generated theory"
        + " passages (a title and one template sentence over chords, keys, cadences, intervals and styles; seed %d); the first"
        + " %,d are real embeddings, larger sizes add copies of them with Gaussian noise (sigma %.3f per dimension) renormalised."
        + " Queries are real embeddings of %,d generated questions from templates no passage uses.",
        options.seed(), realCount, options.sigma(), options.queries());
  }

  /** The report tables: one row per method, settings and fan-out; then the hybrid path. */
  public static List<Table> tables(Results results, int k) {
    Table.Builder main = new Table.Builder("Nearest-neighbour search (" + results.dimension() + " dimensions, k = " + k + ")",
        "size", "method", "build settings", "fan-out", "build s", "heap MB", "disk MB", "segments", "p50 ms", "p99 ms",
        "recall@" + k);
    for (Row row : results.rows()) {
      main.row(row.size(), row.method(), row.settings(), row.fanOut(), Table.num(row.buildSeconds(), 1), Table.num(row.heapMb(), 1),
          Table.num(row.diskMb(), 1), row.segments(), Table.num(row.latency().p50Ms(), 3), Table.num(row.latency().p99Ms(), 3),
          Table.num(row.recall(), 3));
    }
    Table.Builder hybrid = new Table.Builder("Cadenza ChunkIndex: BM25, HNSW and hybrid (RRF) search, query embeddings precomputed",
        "chunks", "index build s", "disk MB", "segments", "documentHashes() ms", "k", "BM25 p50 / p99 ms", "HNSW p50 / p99 ms",
        "hybrid p50 / p99 ms");
    for (HybridProbe.Result r : results.hybrid()) {
      hybrid.row(r.size(), Table.num(r.buildSeconds(), 1), Table.num(Heap.mb(r.diskBytes()), 1), r.segments(),
          Table.num(r.documentHashesMs(), 0), r.k(), pair(r.bm25()), pair(r.vector()), pair(r.hybrid()));
    }
    return results.hybrid().isEmpty() ? List.of(main.build()) : List.of(main.build(), hybrid.build());
  }

  private static String pair(Latency latency) {
    return Table.num(latency.p50Ms(), 2) + " / " + Table.num(latency.p99Ms(), 2);
  }
}
