package dev.cadenza.bench;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.web.CadenzaApp;
import dev.cadenza.web.RateLimit;
import dev.cadenza.web.WebConfig;
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

/**
 * {@code /api/ask} end to end under concurrent load: the real app (MiniLM, Lucene over the corpus,
 * the embedded answerer) on a loopback port, driven by {@link AskLoad} at each client count.
 */
public final class AskBenchmark {

  /**
   * @param clients concurrent client counts to measure, each a separate load level
   * @param requests most requests per level; {@code maxSeconds} bounds a level's time
   * @param warmup requests sent (from 4 clients) before the first level, unmeasured
   * @param virtualThreads run Javalin's request handling on virtual threads instead of its Jetty thread pool
   * @param corpusDir documents the index is built from
   * @param indexDir the index, built on first use and reused afterwards
   */
  public record Options(List<Integer> clients, int requests, int maxSeconds, int warmup, boolean virtualThreads,
      Path corpusDir, Path indexDir, long seed) {
    public Options {
      clients = List.copyOf(clients);
      if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) throw new IllegalArgumentException("illegal clients: " + clients);
      if (requests < 1) throw new IllegalArgumentException("illegal requests: " + requests + ", must be >= 1");
      if (maxSeconds < 1) throw new IllegalArgumentException("illegal max seconds: " + maxSeconds + ", must be >= 1");
      if (warmup < 0) throw new IllegalArgumentException("illegal warmup: " + warmup + ", must be >= 0");
    }
  }

  private final Options options;
  private final PrintStream log;

  public AskBenchmark(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  public List<AskLoad.Result> run() {
    Path data = temporaryFolder("cadenza-ask-bench");
    try (Cadenza cadenza = Cadenza.open(new CadenzaConfig(options.corpusDir(), options.indexDir(), data))) {
      log.println("syncing the index in " + options.indexDir() + " with " + options.corpusDir() + "...");
      cadenza.syncCorpus(Progress.NONE);
      Javalin app = start(cadenza, data);
      try {
        TheoryText text = new TheoryText(options.seed());
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 500; i++) questions.add(text.question(i));
        AskLoad load = new AskLoad("http://127.0.0.1:" + app.port(), questions);
        if (options.warmup() > 0) {
          AskLoad.Result warm = load.run(4, options.warmup(), Duration.ofSeconds(options.maxSeconds()));
          log.printf(Locale.ROOT, "warm-up: %d requests, %d errors%n", warm.completed(), warm.errors());
        }
        List<AskLoad.Result> results = new ArrayList<>();
        for (int clients : options.clients()) {
          AskLoad.Result result = load.run(clients, options.requests(), Duration.ofSeconds(options.maxSeconds()));
          log.printf(Locale.ROOT, "%3d clients: %,d requests in %.1f s, %.1f req/s, p50 %.1f ms, p99 %.1f ms, %d errors%s%n",
              clients, result.completed(), result.seconds(), result.requestsPerSecond(), result.latency().p50Ms(),
              result.latency().p99Ms(), result.errors(), result.firstError() == null ? "" : " (first: " + result.firstError() + ")");
          results.add(result);
        }
        return results;
      } finally {
        app.stop();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Folders.delete(data);
    }
  }

  private Javalin start(Cadenza cadenza, Path data) {
    // The benchmark's clients share one address; the per-client limit would measure itself.
    WebConfig web = new WebConfig(CuratorToken.load(Map.of(), data), WebConfig.DEFAULT_MAX_UPLOAD_BYTES, RateLimit.OFF);
    Javalin app = CadenzaApp.create(cadenza, web);
    // The equivalent of config.concurrency.useVirtualThreads = true inside CadenzaApp.create; it must be set before start.
    app.unsafe.concurrency.useVirtualThreads = options.virtualThreads();
    return app.start("127.0.0.1", 0);
  }

  static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
  }

  public static Table table(List<AskLoad.Result> results, boolean virtualThreads) {
    Table.Builder table = new Table.Builder("POST /api/ask under load (embedded answerer, loopback, "
        + (virtualThreads ? "Javalin on virtual threads" : "Javalin's default Jetty thread pool") + ")",
        "clients", "requests", "seconds", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors");
    for (AskLoad.Result r : results) {
      table.row(r.clients(), r.completed(), Table.num(r.seconds(), 1), Table.num(r.requestsPerSecond(), 1),
          Table.num(r.latency().p50Ms(), 1), Table.num(r.latency().p90Ms(), 1), Table.num(r.latency().p99Ms(), 1),
          Table.num(r.latency().maxMs(), 1), r.errors());
    }
    return table.build();
  }
}
