package dev.cadenza.cli;

import dev.cadenza.bench.AskBenchmark;
import dev.cadenza.bench.BenchReport;
import dev.cadenza.bench.ColdStartBenchmark;
import dev.cadenza.bench.EmbeddingBenchmark;
import dev.cadenza.bench.HnswSettings;
import dev.cadenza.bench.IngestBenchmark;
import dev.cadenza.bench.RetrievalBenchmark;
import dev.cadenza.bench.RetrievalOptions;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cadenza bench ...}: measurements (not tests) that write NAME.json and NAME.md into {@code --out}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run a benchmark and write a JSON and a Markdown report (see docs/benchmarks.md).",
    subcommands = {BenchCommand.Retrieval.class, BenchCommand.Embedding.class, BenchCommand.Ask.class,
        BenchCommand.ColdStart.class, BenchCommand.Ingest.class, BenchKeysCommand.class,
        BenchLearnersCommand.class, BenchPerformancesCommand.class, BenchReplicasCommand.class})
final class BenchCommand {

  /** HNSW build settings compared by default: ChunkIndex's own first, then one change at a time. */
  static final String DEFAULT_HNSW = "m=16,beam=100;ram=1024;ram=1024,threads=2;threads=2,merge=one;threads=2,merge=one,workers=2;"
      + "ram=1024,quant=int7;ram=1024,quant=int4;m=32,beam=200,ram=1024";

  /** Options every benchmark shares. */
  static final class Common {
    @Option(names = "--out", defaultValue = "target/bench", description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of generated texts and noise (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Taken when the command is created, before the benchmark loads the machine itself. */
    final dev.cadenza.bench.Machine machine = dev.cadenza.bench.Machine.current();

    /** The command line as typed, for the report. */
    String command() {
      List<String> args = spec.root().commandLine().getParseResult().originalArgs();
      return "./cadenza " + args.stream().map(a -> a.matches("[A-Za-z0-9_./=,:-]+") ? a : "'" + a + "'")
          .collect(Collectors.joining(" "));
    }

    void write(String name, List<String> notes, List<dev.cadenza.bench.Table> tables, Object results) {
      Path markdown = BenchReport.of(name, command(), seed, machine, notes, tables, results).write(out);
      System.out.println("report: " + markdown + " (and " + name + ".json)");
    }
  }

  @Command(name = "retrieval", mixinStandardHelpOptions = true,
      description = "Exact scan vs InMemoryEmbeddingStore vs Lucene HNSW (recall, latency, build, heap, disk), and hybrid search.")
  static final class Retrieval implements Callable<Integer> {
    @picocli.CommandLine.Mixin Common common;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", description = "Index sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--real", defaultValue = "100000", description = "Most real MiniLM vectors; larger sizes add noisy copies (default: ${DEFAULT-VALUE}).")
    int real;

    @Option(names = "--sigma", defaultValue = "0.02", description = "Noise per dimension of the copies (default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--queries", defaultValue = "200", description = "Measured queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", defaultValue = "20", description = "Unmeasured warm-up queries (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-millis", defaultValue = "1000",
        description = "Repeat the warm-up queries until this much time has passed (default: ${DEFAULT-VALUE}).")
    int warmupMillis;

    @Option(names = "--k", defaultValue = "10", description = "Results per query; recall is recall@k (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--fanouts", split = ",", defaultValue = "1,2,4", description = "HNSW candidates per result (default: ${DEFAULT-VALUE}).")
    List<Integer> fanOuts;

    @Option(names = "--hnsw", defaultValue = DEFAULT_HNSW,
        description = "HNSW build settings separated by ';', keys m, beam, ram, threads, merge, workers, quant; 'none' for none (default: ${DEFAULT-VALUE}).")
    String hnsw;

    @Option(names = "--store-max-size", defaultValue = "2147483647", description = "Largest size for InMemoryEmbeddingStore (default: no limit).")
    int storeMaxSize;

    @Option(names = "--hybrid-max-size", defaultValue = "100000", description = "Largest size for the ChunkIndex hybrid run (default: ${DEFAULT-VALUE}).")
    int hybridMaxSize;

    @Option(names = "--cache", description = "Embedding cache folder (default: ~/.cache/cadenza/bench).")
    Path cache;

    @Option(names = "--work", defaultValue = "target/bench-work", description = "Scratch folder for indexes (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--embed-only", description = "Only compute and cache the real embeddings the sizes need, then stop.")
    boolean embedOnly;

    @Override
    public Integer call() {
      Path cacheDir = cache != null ? cache : Path.of(System.getProperty("user.home"), ".cache", "cadenza", "bench");
      RetrievalOptions options = new RetrievalOptions(sizes, real, sigma, queries, warmup, warmupMillis, k, fanOuts, HnswSettings.parseList(hnsw),
          storeMaxSize, hybridMaxSize, common.seed, cacheDir, work, embedOnly);
      RetrievalBenchmark benchmark = new RetrievalBenchmark(options, new AllMiniLmL6V2EmbeddingModel(), System.err);
      if (embedOnly) {
        benchmark.run(partial -> {});
        return 0;
      }
      RetrievalBenchmark.Results results = benchmark.run(partial ->
          common.write("retrieval", List.of(partial.provenance()), RetrievalBenchmark.tables(partial, k), partial));
      common.write("retrieval", List.of(results.provenance()), RetrievalBenchmark.tables(results, k), results);
      return 0;
    }
  }

  @Command(name = "embedding", mixinStandardHelpOptions = true, description = "Embedding throughput: single and batched, by thread count.")
  static final class Embedding implements Callable<Integer> {
    @picocli.CommandLine.Mixin Common common;

    @Option(names = "--texts", defaultValue = "256", description = "Texts per measurement (default: ${DEFAULT-VALUE}).")
    int texts;

    @Option(names = "--warmup", defaultValue = "32", description = "Unmeasured texts first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--batch", defaultValue = "32", description = "Texts per embedAll call (default: ${DEFAULT-VALUE}, ChunkIndex's).")
    int batch;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Override
    public Integer call() {
      var options = new EmbeddingBenchmark.Options(texts, warmup, batch, threads, common.seed);
      List<EmbeddingBenchmark.Row> rows = new EmbeddingBenchmark(options, AllMiniLmL6V2EmbeddingModel::new, System.err).run();
      common.write("embedding", List.of("single: one embed(text) call per text from N caller threads (queries);"
          + " batched: embedAll over batches from one caller, the model spreading each batch over an executor of N threads (indexing)."
          + " ONNX Runtime's own intra-op threads are left at their default in both."), List.of(EmbeddingBenchmark.table(rows)), rows);
      return 0;
    }
  }

  @Command(name = "ask", mixinStandardHelpOptions = true, description = "POST /api/ask under concurrent load on loopback.")
  static final class Ask implements Callable<Integer> {
    @picocli.CommandLine.Mixin Common common;

    @Option(names = "--clients", split = ",", defaultValue = "1,10,50,200", description = "Concurrent clients per level (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--requests", defaultValue = "1000", description = "Most requests per level (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--max-seconds", defaultValue = "60", description = "Most seconds per level (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(names = "--warmup", defaultValue = "100", description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--virtual-threads", description = "Handle requests on virtual threads (Javalin's concurrency.useVirtualThreads).")
    boolean virtualThreads;

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--index", defaultValue = "target/bench/index", description = "Index folder, built once and reused (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--embedders", split = ",", defaultValue = "langchain4j,batched",
        description = "Embedder variants, each measured at every level in this run: langchain4j, batched, batched-q"
            + " (default: ${DEFAULT-VALUE}).")
    List<String> embedders;

    @Override
    public Integer call() {
      var options = new AskBenchmark.Options(clients, requests, maxSeconds, warmup, virtualThreads, corpus, index,
          common.seed, embedders);
      List<AskBenchmark.Row> results = new AskBenchmark(options, System.err).run();
      String name = virtualThreads ? "ask-virtual-threads" : "ask";
      common.write(name, List.of("Closed loop: each client sends its next question when the previous answer arrives."
          + " Client and server share the machine's cores."), List.of(AskBenchmark.table(results, virtualThreads)), results);
      return 0;
    }
  }

  @Command(name = "coldstart", mixinStandardHelpOptions = true, description = "Process start to first answer of `cadenza ask`.")
  static final class ColdStart implements Callable<Integer> {
    @picocli.CommandLine.Mixin Common common;

    @Option(names = "--jar", defaultValue = "target/cadenza.jar", description = "Runnable jar (default: ${DEFAULT-VALUE}).")
    Path jar;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs per JVM variant (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--question", defaultValue = "What is a deceptive cadence?", description = "Question asked (default: ${DEFAULT-VALUE}).")
    String question;

    @Option(names = "--variant", description = "Extra JVM options of one variant; repeat to compare (default: none, -XX:TieredStopAtLevel=1,"
        + " an auto-created AppCDS archive, and both).")
    List<String> variants;

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--index", defaultValue = "target/bench/index", description = "Index folder, built on the first run (default: ${DEFAULT-VALUE}).")
    Path index;

    @Override
    public Integer call() {
      String appCds = "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=" + common.out.resolve("cadenza-appcds.jsa");
      List<String> chosen = variants != null ? variants : List.of("", "-XX:TieredStopAtLevel=1", appCds,
          "-XX:TieredStopAtLevel=1 " + appCds.replace("cadenza-appcds", "cadenza-appcds-c1"));
      var options = new ColdStartBenchmark.Options(jar, runs, question, chosen, corpus.toAbsolutePath(), index.toAbsolutePath());
      List<ColdStartBenchmark.Row> rows = new ColdStartBenchmark(options, System.err).run();
      common.write("coldstart", List.of("Each run is a fresh JVM: `java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED"
          + " [variant] -jar " + jar + " ask --json '" + question + "'`, after one unmeasured run per variant."),
          List.of(ColdStartBenchmark.table(rows)), rows);
      return 0;
    }
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Ingestion chunks/s for a folder (a copy of corpus/ by default).")
  static final class Ingest implements Callable<Integer> {
    @picocli.CommandLine.Mixin Common common;

    @Option(names = "--source", defaultValue = "corpus", description = "Folder of documents, copied to a temp folder (default: ${DEFAULT-VALUE}).")
    Path source;

    @Override
    public Integer call() {
      List<IngestBenchmark.Row> rows = new IngestBenchmark(source, new AllMiniLmL6V2EmbeddingModel(), System.err).run();
      common.write("ingest", List.of("Source: a temp copy of " + source + "; every run starts from an empty index."),
          List.of(IngestBenchmark.table(rows)), rows);
      return 0;
    }
  }
}
