package dev.cadenza.bench;

import dev.cadenza.answer.Admission;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.Curator;
import dev.cadenza.index.Progress;
import dev.cadenza.store.DatabaseSettings;
import dev.cadenza.store.Dialect;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Replicas on one machine sharing one PostgreSQL database: answers/s with one instance and with two (the client
 * sends requests to them in turn, as a round-robin load balancer would), then the sync lag of uploads: from the
 * moment an upload returns on one instance to the moment its chunks are searchable on the other. The instances
 * run in this JVM, each with its own index, embedding model and HTTP port; they share the machine's cores.
 */
public final class ReplicaBenchmark {

  /**
   * @param database the PostgreSQL database the instances share
   * @param clients concurrent client counts, each a load level measured with one and with two instances
   * @param uploads uploads timed for sync lag, alternately on each instance
   * @param indexRoot folder of the instances' indexes, built on first use and reused
   */
  public record Options(DatabaseSettings database, List<Integer> clients, int requests, int maxSeconds, int warmup,
      int uploads, Path corpusDir, Path indexRoot, long seed) {
    public Options {
      if (database.dialect() != Dialect.POSTGRESQL) {
        throw new IllegalArgumentException("bench replicas needs a PostgreSQL database: set CADENZA_DB_URL or --db-url");
      }
      clients = List.copyOf(clients);
      if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) throw new IllegalArgumentException("illegal clients: " + clients);
      if (requests < 1 || maxSeconds < 1 || warmup < 0) throw new IllegalArgumentException("illegal load settings");
      if (uploads < 1) throw new IllegalArgumentException("illegal uploads: " + uploads + ", must be >= 1");
    }
  }

  /** One load level: how many instances served it and what the clients saw. */
  public record Row(int instances, AskLoad.Result result) {}

  /** Upload sync lag between the two instances. */
  public record Lag(int uploads, Latency latency) {}

  /** Everything one run measured. */
  public record Results(List<Row> rows, Lag lag) {}

  private static final String BENCH_ID = "uploads/replica-bench-";
  private static final Duration LAG_LIMIT = Duration.ofSeconds(30);

  private final Options options;
  private final PrintStream log;

  public ReplicaBenchmark(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  public Results run() {
    TheoryText text = new TheoryText(options.seed());
    int[] next = {0};
    List<Row> rows = new ArrayList<>();
    try (Instance first = start(1)) {
      rows.addAll(measure(List.of(first), text, next));
      try (Instance second = start(2)) {
        rows.addAll(measure(List.of(first, second), text, next));
        return new Results(rows, lag(first.cadenza(), second.cadenza()));
      }
    }
  }

  private List<Row> measure(List<Instance> instances, TheoryText text, int[] next) {
    List<String> bases = instances.stream().map(i -> "http://127.0.0.1:" + i.app().port()).toList();
    Duration budget = Duration.ofSeconds(options.maxSeconds());
    if (options.warmup() > 0) new AskLoad(bases, questions(text, next, options.warmup())).run(4, options.warmup(), budget);
    List<Row> rows = new ArrayList<>();
    for (int clients : options.clients()) {
      // Every request asks a question not asked before in this run, so no embedding cache answers for the model.
      AskLoad.Result r = new AskLoad(bases, questions(text, next, options.requests())).run(clients, options.requests(), budget);
      log.printf(Locale.ROOT, "%d instance(s), %d clients: %.1f answers/s, p50 %.1f ms, p99 %.1f ms, %d refused, %d errors%n",
          instances.size(), clients, r.requestsPerSecond(), r.latency().p50Ms(), r.latency().p99Ms(), r.refused(), r.errors());
      rows.add(new Row(instances.size(), r));
    }
    return rows;
  }

  private static List<String> questions(TheoryText text, int[] next, int count) {
    List<String> questions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) questions.add(text.question(next[0]++));
    return questions;
  }

  /** Uploads alternately on each instance and times how long the other takes to make each searchable. */
  private Lag lag(Cadenza a, Cadenza b) {
    for (int i = 0; i < options.uploads(); i++) a.curator().delete(BENCH_ID + i);
    Latency.Recorder lag = new Latency.Recorder();
    for (int i = 0; i < options.uploads(); i++) {
      Cadenza writer = i % 2 == 0 ? a : b;
      Cadenza reader = writer == a ? b : a;
      String id = BENCH_ID + i;
      Curator.Outcome outcome = writer.curator().add(id, "replica-bench-" + i + ".md", note(i), Curator.WrongFacts.HOLD);
      if (outcome.kind() != Curator.Outcome.Kind.ADDED) throw new IllegalStateException(id + " was " + outcome.kind());
      long returned = System.nanoTime();
      long deadline = returned + LAG_LIMIT.toNanos();
      while (reader.index().chunksOf(id).isEmpty()) {
        if (System.nanoTime() > deadline) throw new IllegalStateException(id + " not searchable after " + LAG_LIMIT);
        LockSupport.parkNanos(100_000);
      }
      lag.recordNanos(System.nanoTime() - returned);
    }
    for (int i = 0; i < options.uploads(); i++) a.curator().delete(BENCH_ID + i);
    Latency summary = lag.summary();
    log.printf(Locale.ROOT, "sync lag over %d uploads: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", options.uploads(),
        summary.p50Ms(), summary.p99Ms(), summary.maxMs());
    return new Lag(options.uploads(), summary);
  }

  /** A short note with no music-theory claim for the verifier to hold back, different for every upload. */
  private static byte[] note(int i) {
    return ("---\ntitle: Rehearsal note " + i + "\ntopic: practice\n---\nRehearsal " + i
        + " of the replica benchmark meets in room " + (100 + i) + ". Bring a pencil and the printed parts.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private Instance start(int number) {
    Path data = AskBenchmark.temporaryFolder("cadenza-replica-" + number);
    CadenzaConfig config = new CadenzaConfig(options.corpusDir(), options.indexRoot().resolve("instance-" + number), data,
        null, Admission.DEFAULT_MAX_RUNNING, Admission.DEFAULT_MAX_WAITING, options.database());
    log.println("starting instance " + number + " (index " + config.indexDir() + ")...");
    Cadenza cadenza = Cadenza.open(config);
    cadenza.syncCorpus(Progress.NONE);
    return new Instance(cadenza, AskBenchmark.startApp(cadenza, data, false), data);
  }

  /** One replica: the application, its HTTP server and its temporary data folder. */
  private record Instance(Cadenza cadenza, Javalin app, Path data) implements AutoCloseable {
    @Override
    public void close() {
      app.stop();
      try {
        cadenza.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close an instance", e);
      } finally {
        Folders.delete(data);
      }
    }
  }

  public static Table table(Results results) {
    Table.Builder table = new Table.Builder("POST /api/ask, one instance vs two on one PostgreSQL (round-robin client, loopback)",
        "instances", "clients", "answered", "answers/s", "p50 ms", "p99 ms", "refused", "errors");
    for (Row row : results.rows()) {
      AskLoad.Result r = row.result();
      table.row(row.instances(), r.clients(), r.completed(), Table.num(r.requestsPerSecond(), 1),
          Table.num(r.latency().p50Ms(), 1), Table.num(r.latency().p99Ms(), 1), r.refused(), r.errors());
    }
    return table.build();
  }

  public static Table lagTable(Results results) {
    Latency lag = results.lag().latency();
    return new Table.Builder("Upload sync lag: upload returned on one instance → searchable on the other",
        "uploads", "p50 ms", "p90 ms", "p99 ms", "max ms")
        .row(results.lag().uploads(), Table.num(lag.p50Ms(), 1), Table.num(lag.p90Ms(), 1), Table.num(lag.p99Ms(), 1),
            Table.num(lag.maxMs(), 1)).build();
  }
}
