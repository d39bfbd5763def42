package dev.cadenza.bench;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.Curator;
import dev.cadenza.index.Progress;
import dev.cadenza.index.SyncReport;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ingestion throughput over a folder of documents (a copy of {@code corpus/}) into an empty index, by
 * both write paths: {@code ingest} (the curator: one file, one embedding call series and one commit
 * at a time) and {@code sync} (start-up and {@code index rebuild}: every changed file embedded, one commit).
 */
public final class IngestBenchmark {

  /** One ingestion: files, chunks, wall time and the part spent in the embedding model. */
  public record Row(String path, int files, int chunks, double seconds, double embeddingSeconds, double chunksPerSecond) {}

  private final Path source;
  private final EmbeddingModel model;
  private final PrintStream log;

  public IngestBenchmark(Path source, EmbeddingModel model, PrintStream log) {
    this.source = source;
    this.model = model;
    this.log = log;
  }

  public List<Row> run() {
    Path work = AskBenchmark.temporaryFolder("cadenza-ingest-bench");
    try {
      Path copy = copy(source, work.resolve("documents"));
      TimedEmbedder timed = new TimedEmbedder(model);
      timed.embed("warm up the model before timing");
      Row ingest = ingest(timed, copy, work.resolve("run-ingest"));
      Row sync = sync(timed, copy, work.resolve("run-sync"));
      return List.of(ingest, sync);
    } finally {
      Folders.delete(work);
    }
  }

  private Row ingest(TimedEmbedder timed, Path documents, Path run) {
    Path emptyCorpus = Folders.fresh(run.resolve("corpus"));
    try (Cadenza cadenza = Cadenza.open(new CadenzaConfig(emptyCorpus, run.resolve("index"), run.resolve("data")), timed)) {
      timed.reset();
      long start = System.nanoTime();
      Curator.IngestSummary summary = cadenza.curator().ingest(List.of(documents), Progress.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!summary.failed().isEmpty()) log.println("failed: " + summary.failed());
      return log(new Row("ingest (per file, commit each)", summary.added().size(), cadenza.index().chunkCount(), seconds,
          timed.seconds(), cadenza.index().chunkCount() / seconds));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Row sync(TimedEmbedder timed, Path documents, Path run) {
    try (Cadenza cadenza = Cadenza.open(new CadenzaConfig(documents, run.resolve("index"), run.resolve("data")), timed)) {
      timed.reset();
      long start = System.nanoTime();
      SyncReport report = cadenza.syncCorpus(Progress.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      return log(new Row("sync (all files, one commit)", report.added().size(), report.chunksEmbedded(), seconds, timed.seconds(),
          report.chunksEmbedded() / seconds));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Row log(Row row) {
    log.printf(Locale.ROOT, "%-32s %d files, %d chunks in %.1f s (embedding %.1f s): %.1f chunks/s%n", row.path(), row.files(),
        row.chunks(), row.seconds(), row.embeddingSeconds(), row.chunksPerSecond());
    return row;
  }

  private static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) Files.createDirectories(target);
        else Files.copy(file, target);
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }

  public static Table table(List<Row> rows) {
    Table.Builder table = new Table.Builder("Ingestion into an empty index (all-MiniLM-L6-v2)",
        "write path", "files", "chunks", "seconds", "of which embedding s", "chunks/s");
    for (Row r : rows) {
      table.row(r.path(), r.files(), r.chunks(), Table.num(r.seconds(), 1), Table.num(r.embeddingSeconds(), 1),
          Table.num(r.chunksPerSecond(), 1));
    }
    return table.build();
  }
}
