package dev.cadenza.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start: spawns {@code java -jar cadenza.jar ask --json QUESTION} as a child process against an
 * existing index and times process start to the answer (the JSON line on stdout; JVM log lines such as
 * class-data-sharing warnings also go to stdout and are skipped), and to exit. One unmeasured run per
 * JVM variant comes first: it builds the index if missing and writes any class-data archive.
 */
public final class ColdStartBenchmark {

  /**
   * @param jar the runnable jar
   * @param runs measured runs per variant
   * @param variants extra JVM options per variant ("" for none), e.g. "-XX:TieredStopAtLevel=1"
   */
  public record Options(Path jar, int runs, String question, List<String> variants, Path corpusDir, Path indexDir) {
    public Options {
      variants = List.copyOf(variants);
      if (runs < 1) throw new IllegalArgumentException("illegal runs: " + runs + ", must be >= 1");
      if (question == null || question.isBlank()) throw new IllegalArgumentException("question must not be empty");
      if (variants.isEmpty()) throw new IllegalArgumentException("need at least one JVM variant (\"\" is the default)");
    }
  }

  /** Timings of one variant over all its runs. */
  public record Row(String jvmOptions, int runs, Latency firstAnswerLine, Latency exit) {}

  private final Options options;
  private final PrintStream log;

  public ColdStartBenchmark(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  public List<Row> run() {
    if (!Files.isRegularFile(options.jar())) {
      throw new IllegalArgumentException("no jar at " + options.jar() + "; build it with ./mvnw package -DskipTests");
    }
    Path data = AskBenchmark.temporaryFolder("cadenza-coldstart");
    try {
      List<Row> rows = new ArrayList<>();
      for (String variant : options.variants()) {
        log.println("cold start, JVM options '" + variant + "': preparing run (builds the index if needed)...");
        runOnce(variant, data);
        long[] first = new long[options.runs()];
        long[] exit = new long[options.runs()];
        for (int r = 0; r < options.runs(); r++) {
          long[] t = runOnce(variant, data);
          first[r] = t[0];
          exit[r] = t[1];
        }
        Row row = new Row(variant.isBlank() ? "(none)" : variant, options.runs(), Latency.ofNanos(first), Latency.ofNanos(exit));
        log.printf(Locale.ROOT, "  first answer line p50 %.0f ms, exit p50 %.0f ms%n", row.firstAnswerLine().p50Ms(), row.exit().p50Ms());
        rows.add(row);
      }
      return rows;
    } finally {
      Folders.delete(data);
    }
  }

  /** Nanoseconds from spawn to the first stdout line and to exit. */
  private long[] runOnce(String variant, Path data) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
    if (!variant.isBlank()) command.addAll(Arrays.asList(variant.strip().split("\\s+")));
    command.addAll(List.of("-jar", options.jar().toString(), "ask", "--json", options.question()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(Map.of("CADENZA_CORPUS", options.corpusDir().toString(),
        "CADENZA_INDEX", options.indexDir().toString(), "CADENZA_DATA", data.toString()));
    Path stderr = data.resolve("stderr.txt");
    builder.redirectError(stderr.toFile());
    try {
      long start = System.nanoTime();
      Process process = builder.start();
      long firstLine = -1;
      String answer = null;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (firstLine < 0 && line.startsWith("{")) {
            firstLine = System.nanoTime() - start;
            answer = line;
          }
        }
      }
      int code = process.waitFor();
      long exit = System.nanoTime() - start;
      if (code != 0 || answer == null || !answer.contains("\"answer\"")) {
        throw new IllegalStateException("cadenza ask exited with " + code + ", answer " + answer + ": " + Files.readString(stderr));
      }
      return new long[] {firstLine, exit};
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for cadenza ask", e);
    }
  }

  public static Table table(List<Row> rows) {
    Table.Builder table = new Table.Builder("Cold start: `java -jar target/cadenza.jar ask --json ...` with an existing index",
        "extra JVM options", "runs", "answer printed p50 ms", "max ms", "exit p50 ms", "max ms");
    for (Row r : rows) {
      table.row("`" + r.jvmOptions() + "`", r.runs(), Table.num(r.firstAnswerLine().p50Ms(), 0), Table.num(r.firstAnswerLine().maxMs(), 0),
          Table.num(r.exit().p50Ms(), 0), Table.num(r.exit().maxMs(), 0));
    }
    return table.build();
  }
}
