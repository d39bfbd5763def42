package dev.cadenza.bench;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.embed.CachingEmbedder;
import dev.cadenza.embed.Embedders;
import dev.cadenza.index.Progress;
import dev.cadenza.web.CadenzaApp;
import dev.cadenza.web.RateLimit;
import dev.cadenza.web.WebConfig;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * {@code /api/ask} end to end under concurrent load: the real app (MiniLM, Lucene over the corpus,
 * the embedded answerer) on a loopback port, driven by {@link AskLoad} at each client count, once per
 * embedder variant in the same run: {@code langchain4j} (its model as is, one text per call),
 * {@code batched} (Cadenza's batched and cached embedder) and {@code batched-q} (the same with all-MiniLM-L6-v2
 * quantized to 8 bits, on an index of its own beside the given one). A last level asks one question over and over
 * from one client, to show what a cached repeat costs.
 */
public final class AskBenchmark {

  /**
   * @param clients concurrent client counts to measure, each a separate load level
   * @param requests most requests per level; {@code maxSeconds} bounds a level's time
   * @param warmup requests sent (from 4 clients) before the first level, unmeasured
   * @param virtualThreads run Javalin's request handling on virtual threads instead of its Jetty thread pool
   * @param corpusDir documents the index is built from
   * @param indexDir the index, built on first use and reused afterwards
   * @param embedders embedder variants to measure, in order: {@code langchain4j}, {@code batched}, {@code batched-q}
   */
  public record Options(List<Integer> clients, int requests, int maxSeconds, int warmup, boolean virtualThreads,
      Path corpusDir, Path indexDir, long seed, List<String> embedders) {
    public Options {
      clients = List.copyOf(clients);
      embedders = List.copyOf(embedders);
      if (embedders.isEmpty() || !EMBEDDERS.containsAll(embedders)) {
        throw new IllegalArgumentException("illegal embedders: " + embedders + ", choose from " + EMBEDDERS);
      }
      if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) throw new IllegalArgumentException("illegal clients: " + clients);
      if (requests < 1) throw new IllegalArgumentException("illegal requests: " + requests + ", must be >= 1");
      if (maxSeconds < 1) throw new IllegalArgumentException("illegal max seconds: " + maxSeconds + ", must be >= 1");
      if (warmup < 0) throw new IllegalArgumentException("illegal warmup: " + warmup + ", must be >= 0");
    }
  }

  static final List<String> EMBEDDERS = List.of("langchain4j", "batched", "batched-q");
  private static final int REPEATS = 200;

  /** One measured level: the embedder variant, the level's name and what it measured. */
  public record Row(String embedder, String level, AskLoad.Result result) {}

  private final Options options;
  private final PrintStream log;

  public AskBenchmark(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  public List<Row> run() {
    List<Row> rows = new ArrayList<>();
    for (String embedder : options.embedders()) {
      try (CachingEmbedder batched = switch (embedder) {
        case "batched" -> Embedders.allMiniLmL6V2();
        case "batched-q" -> Embedders.of(Embedders.Model.ALL_MINILM_L6_V2_Q);
        default -> null;
      }) {
        // An index records its model, so the quantized model gets its own rather than rebuilding the shared one.
        Path index = "batched-q".equals(embedder)
            ? options.indexDir().resolveSibling(options.indexDir().getFileName() + "-q") : options.indexDir();
        rows.addAll(run(embedder, batched == null ? new AllMiniLmL6V2EmbeddingModel() : batched, index));
      } catch (Exception e) {
        throw new IllegalStateException("closing the " + embedder + " embedder failed", e);
      }
    }
    return rows;
  }

  private List<Row> run(String embedderName, EmbeddingModel embedder, Path indexDir) {
    Path data = temporaryFolder("cadenza-ask-bench");
    try (Cadenza cadenza = Cadenza.open(new CadenzaConfig(options.corpusDir(), indexDir, data), embedder)) {
      log.println("syncing the index in " + indexDir + " with " + options.corpusDir() + "...");
      cadenza.syncCorpus(Progress.NONE);
      Javalin app = startApp(cadenza, data, options.virtualThreads());
      try {
        // Every request of the warm-up and of each level asks a question not asked before in this run, so the
        // embedding cache never answers for the model; only the last row repeats one question on purpose.
        TheoryText text = new TheoryText(options.seed());
        int[] next = {0};
        IntFunction<List<String>> fresh = count -> {
          List<String> questions = new ArrayList<>(count);
          for (int i = 0; i < count; i++) questions.add(text.question(next[0]++));
          return questions;
        };
        String base = "http://127.0.0.1:" + app.port();
        Duration budget = Duration.ofSeconds(options.maxSeconds());
        if (options.warmup() > 0) {
          AskLoad.Result warm = new AskLoad(base, fresh.apply(options.warmup())).run(4, options.warmup(), budget);
          log.printf(Locale.ROOT, "%s warm-up: %d requests, %d errors%n", embedderName, warm.completed(), warm.errors());
        }
        List<Row> rows = new ArrayList<>();
        for (int clients : options.clients()) {
          AskLoad load = new AskLoad(base, fresh.apply(options.requests()));
          rows.add(measure(embedderName, clients + " clients", load, clients, options.requests()));
        }
        rows.add(measure(embedderName, "1 client, one question repeated", new AskLoad(base, fresh.apply(1)), 1, REPEATS));
        return rows;
      } finally {
        app.stop();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Folders.delete(data);
    }
  }

  private Row measure(String embedder, String level, AskLoad load, int clients, int requests) {
    AskLoad.Result r = load.run(clients, requests, Duration.ofSeconds(options.maxSeconds()));
    log.printf(Locale.ROOT, "%s, %s: %,d answered in %.1f s, %.1f answers/s, p50 %.1f ms, p99 %.1f ms, %d refused"
            + " (p99 %.1f ms), %d errors%s%n", embedder, level, r.completed(), r.seconds(), r.requestsPerSecond(),
        r.latency().p50Ms(), r.latency().p99Ms(), r.refused(), r.refusedLatency().p99Ms(), r.errors(),
        r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
    return new Row(embedder, level, r);
  }

  /** The web app over {@code cadenza} on a free loopback port, with no per-client rate limit. */
  static Javalin startApp(Cadenza cadenza, Path data, boolean virtualThreads) {
    WebConfig web = new WebConfig(CuratorToken.load(Map.of(), data), WebConfig.DEFAULT_MAX_UPLOAD_BYTES, RateLimit.OFF);
    Javalin app = CadenzaApp.create(cadenza, web);
    // The equivalent of config.concurrency.useVirtualThreads = true inside CadenzaApp.create; it must be set before start.
    app.unsafe.concurrency.useVirtualThreads = virtualThreads;
    return app.start("127.0.0.1", 0);
  }

  static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
  }

  public static Table table(List<Row> rows, boolean virtualThreads) {
    Table.Builder table = new Table.Builder("POST /api/ask under load (embedded answerer, loopback, "
        + (virtualThreads ? "Javalin on virtual threads" : "Javalin's default Jetty thread pool") + ")",
        "embedder", "level", "answered", "seconds", "answers/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "refused",
        "refusal p99 ms", "errors");
    for (Row row : rows) {
      AskLoad.Result r = row.result();
      table.row(row.embedder(), row.level(), r.completed(), Table.num(r.seconds(), 1), Table.num(r.requestsPerSecond(), 1),
          Table.num(r.latency().p50Ms(), 1), Table.num(r.latency().p90Ms(), 1), Table.num(r.latency().p99Ms(), 1),
          Table.num(r.latency().maxMs(), 1), r.refused(), Table.num(r.refusedLatency().p99Ms(), 1), r.errors());
    }
    return table.build();
  }
}
