package dev.cadenza.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cadenza} command line: one subcommand per job, each a thin layer over the programmatic API. */
@Command(
    name = "cadenza",
    mixinStandardHelpOptions = true,
    version = "Cadenza 0.1.0",
    description = "A grounded music-theory tutor: retrieval over theory texts, exact theory computation, cited answers.",
    subcommands = {
        ServeCommand.class, AskCommand.class, TheoryCommand.class, VerifyCommand.class, SearchCommand.class,
        AnalyzeCommand.class, IngestCommand.class, DocsCommand.class, IndexCommand.class, EvalCommand.class,
        BenchCommand.class, DatasetCommand.class, ComposeCommand.class, FingeringCommand.class, ConfigCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {

  /**
   * Libraries that log routine steps at INFO through java.util.logging (Lucene on opening its vector code) are
   * quieted to warnings; Cadenza reports its own progress. Held here because java.util.logging keeps loggers only
   * weakly, with their levels.
   */
  private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.apache.lucene"));

  public static void main(String[] args) {
    QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (2 for usage errors, 1 for failures). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("cadenza: " + message(e));
      return 1;
    });
    return cli.execute(args);
  }

  private static String message(Throwable e) {
    Throwable cause = e;
    while (cause.getMessage() == null && cause.getCause() != null) cause = cause.getCause();
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
