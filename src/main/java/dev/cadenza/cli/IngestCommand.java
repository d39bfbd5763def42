package dev.cadenza.cli;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.ConsoleProgress;
import dev.cadenza.app.Curator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Add or update documents (.md, .txt, .html, .pdf; folders recursively) in the library and index.")
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    try (Cadenza cadenza = Services.openSynced()) {
      Curator.IngestSummary summary = cadenza.curator().ingest(paths, ConsoleProgress.onStderr("files"));
      summary.failed().forEach(f -> System.err.println("failed: " + f));
      summary.skipped().forEach(s -> System.err.println("skipped: " + s));
      summary.drafted().forEach(d -> System.err.println("held as a draft, not searchable: " + d));
      System.out.printf(Locale.ROOT, "%d added, %d updated, %d drafted, %d skipped, %d failed%n", summary.added().size(),
          summary.updated().size(), summary.drafted().size(), summary.skipped().size(), summary.failed().size());
      return summary.failed().isEmpty() ? 0 : 1;
    }
  }
}
