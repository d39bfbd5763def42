package dev.cadenza.cli;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.ConsoleProgress;
import dev.cadenza.index.SyncReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "index", mixinStandardHelpOptions = true, description = "Manage the search index.",
    subcommands = IndexCommand.Rebuild.class)
final class IndexCommand {

  @Command(name = "rebuild", mixinStandardHelpOptions = true,
      description = "Drop the index and rebuild it from the corpus and uploaded documents.")
  static final class Rebuild implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      long start = System.nanoTime();
      try (Cadenza cadenza = Cadenza.open(CadenzaConfig.fromEnvironment(Services.settings().asMap()))) {
        SyncReport report = cadenza.rebuild(ConsoleProgress.onStderr("chunks"));
        System.out.printf(java.util.Locale.ROOT, "rebuilt: %d documents, %d chunks in %.1f s%n", report.added().size(),
            report.chunksEmbedded(), (System.nanoTime() - start) / 1e9);
      }
      return 0;
    }
  }
}
