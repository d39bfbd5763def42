package dev.cadenza.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Embedding throughput of the in-process model. "single" embeds one text per call from
 * {@code threads} concurrent callers (as concurrent questions do); "batched" makes one
 * {@code embedAll} call per batch from one caller, with the model spreading a batch over an
 * executor of {@code threads} threads (as indexing does).
 */
public final class EmbeddingBenchmark {

  /**
   * @param texts texts embedded per measurement; {@code warmup} more are embedded first
   * @param batch texts per embedAll call in batched mode
   * @param threads thread counts to compare
   */
  public record Options(int texts, int warmup, int batch, List<Integer> threads, long seed) {
    public Options {
      threads = List.copyOf(threads);
      if (texts < 1) throw new IllegalArgumentException("illegal texts: " + texts + ", must be >= 1");
      if (warmup < 0) throw new IllegalArgumentException("illegal warmup: " + warmup + ", must be >= 0");
      if (batch < 1) throw new IllegalArgumentException("illegal batch: " + batch + ", must be >= 1");
      if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) throw new IllegalArgumentException("illegal threads: " + threads);
    }
  }

  /** One measurement: mode, text kind, threads, throughput and per-call latency. */
  public record Row(String mode, String textKind, double meanWords, int threads, int texts, double seconds, double textsPerSecond, Latency perCall) {}

  private final Options options;
  private final Function<Executor, EmbeddingModel> models;
  private final PrintStream log;

  /** {@code models} makes a model that parallelises embedAll over the given executor. */
  public EmbeddingBenchmark(Options options, Function<Executor, EmbeddingModel> models, PrintStream log) {
    this.options = options;
    this.models = models;
    this.log = log;
  }

  public List<Row> run() {
    TheoryText generator = new TheoryText(options.seed());
    List<String> questions = new ArrayList<>();
    List<String> passages = new ArrayList<>();
    for (int i = 0; i < options.texts() + options.warmup(); i++) {
      questions.add(generator.question(i));
      passages.add(generator.passage(i));
    }
    List<Row> rows = new ArrayList<>();
    for (int threads : options.threads()) {
      ExecutorService modelPool = NamedThreads.fixedPool("embed-model", threads);
      ExecutorService callers = NamedThreads.fixedPool("embed-caller", threads);
      try {
        EmbeddingModel model = models.apply(modelPool);
        for (String kind : List.of("question", "passage")) {
          List<String> texts = kind.equals("question") ? questions : passages;
          rows.add(log(single(model, callers, threads, kind, texts)));
          rows.add(log(batched(model, threads, kind, texts)));
        }
      } finally {
        modelPool.shutdownNow();
        callers.shutdownNow();
      }
    }
    return rows;
  }

  private Row single(EmbeddingModel model, ExecutorService callers, int threads, String kind, List<String> texts) {
    texts.subList(options.texts(), texts.size()).forEach(model::embed);
    long[] nanos = new long[options.texts()];
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      futures.add(callers.submit(() -> {
        for (int i = first; i < options.texts(); i += threads) {
          long begin = System.nanoTime();
          model.embed(texts.get(i));
          nanos[i] = System.nanoTime() - begin;
        }
      }));
    }
    await(futures);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Row("single", kind, meanWords(texts), threads, options.texts(), seconds, options.texts() / seconds, Latency.ofNanos(nanos));
  }

  private Row batched(EmbeddingModel model, int threads, String kind, List<String> texts) {
    model.embedAll(segments(texts.subList(options.texts(), texts.size())));
    int calls = (options.texts() + options.batch() - 1) / options.batch();
    long[] nanos = new long[calls];
    long start = System.nanoTime();
    for (int c = 0; c < calls; c++) {
      long begin = System.nanoTime();
      model.embedAll(segments(texts.subList(c * options.batch(), Math.min(options.texts(), (c + 1) * options.batch()))));
      nanos[c] = System.nanoTime() - begin;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Row("batched (" + options.batch() + ")", kind, meanWords(texts), threads, options.texts(), seconds,
        options.texts() / seconds, Latency.ofNanos(nanos));
  }

  private Row log(Row row) {
    log.printf(Locale.ROOT, "%-14s %-8s threads %d: %.1f texts/s (per call p50 %.1f ms, p99 %.1f ms)%n", row.mode(), row.textKind(),
        row.threads(), row.textsPerSecond(), row.perCall().p50Ms(), row.perCall().p99Ms());
    return row;
  }

  private static List<TextSegment> segments(List<String> texts) {
    return texts.stream().map(TextSegment::from).toList();
  }

  private static double meanWords(List<String> texts) {
    return texts.stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0);
  }

  private static void await(List<Future<?>> futures) {
    try {
      for (Future<?> future : futures) future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("embedding failed", e.getCause());
    }
  }

  public static Table table(List<Row> rows) {
    Table.Builder table = new Table.Builder("Embedding throughput (all-MiniLM-L6-v2, in process)",
        "mode", "text", "mean words", "threads", "texts", "texts/s", "per call p50 ms", "per call p99 ms");
    for (Row r : rows) {
      table.row(r.mode(), r.textKind(), Table.num(r.meanWords(), 1), r.threads(), r.texts(), Table.num(r.textsPerSecond(), 1),
          Table.num(r.perCall().p50Ms(), 1), Table.num(r.perCall().p99Ms(), 1));
    }
    return table.build();
  }
}
