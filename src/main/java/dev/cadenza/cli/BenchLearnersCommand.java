package dev.cadenza.cli;

import dev.cadenza.bench.Table;
import dev.cadenza.learners.JdbcLearnerRepository;
import dev.cadenza.learners.LearnerSimulation;
import dev.cadenza.learners.SimulatedLearner;
import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cadenza bench learners}: simulated learners through adaptive practice, with their rating trajectories. */
@Command(name = "learners", mixinStandardHelpOptions = true,
    description = "Simulated learners (strong, weak, one who spells by sound) practise through the real adaptive"
        + " loop on a fresh SQLite database; prints each one's rating, accuracy and practice share per block.")
final class BenchLearnersCommand implements Callable<Integer> {

  @Option(names = "--seed", defaultValue = "42", description = "Seed of items and answers (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--items", defaultValue = "200", description = "Items per learner (default: ${DEFAULT-VALUE}).")
  int items;

  @Option(names = "--block", defaultValue = "20", description = "Items per reported block (default: ${DEFAULT-VALUE}).")
  int block;

  @Override
  public Integer call() throws IOException {
    if (items < 1 || items > 10_000) throw new IllegalArgumentException("illegal --items: " + items + ", must be 1 to 10000");
    if (block < 1 || block > items) throw new IllegalArgumentException("illegal --block: " + block + ", must be 1 to --items");
    Path folder = Files.createTempDirectory("cadenza-bench-learners");
    LearnerSimulation simulation = new LearnerSimulation(
        new JdbcLearnerRepository(Database.open(DatabaseSettings.sqlite(folder.resolve("cadenza.db")))), seed);
    for (SimulatedLearner learner : LearnerSimulation.standardLearners()) {
      LearnerSimulation.Trajectory run = simulation.run(learner, items, block);
      Table.Builder table = new Table.Builder("Learner '" + learner.name() + "' (true ability "
          + Table.num(learner.ability(), 0) + ", seed " + seed + ")",
          "items", "mean rating", "block accuracy", "share in letter-name topics");
      run.blocks().forEach(b -> table.row(b.itemsSoFar(), Table.num(b.meanRating(), 0), Table.num(b.accuracy(), 2),
          Table.num(b.misconceptionShare(), 2)));
      System.out.print(table.build().toMarkdown());
      if (learner.spellsBySound()) {
        System.out.println(run.detectedAfter().isPresent()
            ? String.format(Locale.ROOT, "letter-name misconception first targeted after item %d; share of items in"
                + " its topics %.2f while untargeted, %.2f while targeted; habit left %.2f%n",
                run.detectedAfter().getAsInt(), run.shareUntargeted(), run.shareTargeted(), run.habitLeft())
            : "letter-name misconception not detected in " + items + " items\n");
      }
      System.out.println();
    }
    System.out.println("database: " + folder.resolve("cadenza.db"));
    return 0;
  }
}
