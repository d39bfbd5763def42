package dev.cadenza.cli;

import dev.cadenza.bench.ReplicaBenchmark;
import dev.cadenza.store.DatabaseSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cadenza bench replicas}: one instance vs two on a shared PostgreSQL, and upload sync lag between them. */
@Command(name = "replicas", mixinStandardHelpOptions = true,
    description = "POST /api/ask against one instance and against two sharing one PostgreSQL (requests round-robin),"
        + " then the sync lag of uploads from one instance to the other.")
final class BenchReplicasCommand implements Callable<Integer> {

  @Mixin BenchCommand.Common common;

  @Option(names = "--db-url", description = "PostgreSQL JDBC URL the instances share (default: CADENZA_DB_URL).")
  String dbUrl;

  @Option(names = "--clients", split = ",", defaultValue = "1,10,50", description = "Concurrent clients per level (default: ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(names = "--requests", defaultValue = "1000", description = "Most requests per level (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--max-seconds", defaultValue = "20", description = "Most seconds per level (default: ${DEFAULT-VALUE}).")
  int maxSeconds;

  @Option(names = "--warmup", defaultValue = "50", description = "Unmeasured requests before each instance count (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--uploads", defaultValue = "40", description = "Uploads timed for sync lag (default: ${DEFAULT-VALUE}).")
  int uploads;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--index-root", defaultValue = "target/bench/replicas",
      description = "Folder of the instances' indexes, built once and reused (default: ${DEFAULT-VALUE}).")
  Path indexRoot;

  @Override
  public Integer call() {
    var env = Services.settings().asMap();
    DatabaseSettings database = dbUrl == null
        ? DatabaseSettings.fromEnvironment(env, Path.of("target", "bench"))
        : new DatabaseSettings(dbUrl, env.get("CADENZA_DB_USER"), env.get("CADENZA_DB_PASSWORD"));
    var options = new ReplicaBenchmark.Options(database, clients, requests, maxSeconds, warmup, uploads, corpus,
        indexRoot, common.seed);
    ReplicaBenchmark.Results results = new ReplicaBenchmark(options, System.err).run();
    common.write("replicas", List.of("Both instances run in one JVM on this machine and share its cores: with two cores,"
        + " CPU bounds the throughput, so a second instance here measures coordination cost, not added capacity.",
        "Sync lag: from an upload's return on one instance to its chunks being searchable on the other (LISTEN/NOTIFY,"
        + " polling every second as fallback), uploads alternating between the instances."),
        List.of(ReplicaBenchmark.table(results), ReplicaBenchmark.lagTable(results)), results);
    return 0;
  }
}
