package dev.cadenza.cli;

import dev.cadenza.bench.PracticeLoad;
import dev.cadenza.bench.Table;
import dev.cadenza.learners.Exercises;
import dev.cadenza.learners.JdbcLearnerRepository;
import dev.cadenza.learners.LearnerSimulation;
import dev.cadenza.learners.Practice;
import dev.cadenza.learners.SimulatedLearner;
import dev.cadenza.learners.Sources;
import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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

  @Option(names = "--load-clients", defaultValue = "0",
      description = "Also run this many learners at once against the database (0: no load run; default: ${DEFAULT-VALUE}).")
  int loadClients;

  @Option(names = "--load-seconds", defaultValue = "60", description = "Length of the load run (default: ${DEFAULT-VALUE}).")
  int loadSeconds;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (items < 1 || items > 10_000) throw new IllegalArgumentException("illegal --items: " + items + ", must be 1 to 10000");
    if (block < 1 || block > items) throw new IllegalArgumentException("illegal --block: " + block + ", must be 1 to --items");
    if (loadClients < 0 || loadClients > 1000) throw new IllegalArgumentException("illegal --load-clients: " + loadClients);
    if (loadSeconds < 1 || loadSeconds > 3600) throw new IllegalArgumentException("illegal --load-seconds: " + loadSeconds);
    Path folder = Files.createTempDirectory("cadenza-bench-learners");
    JdbcLearnerRepository repository =
        new JdbcLearnerRepository(Database.open(DatabaseSettings.sqlite(folder.resolve("cadenza.db"))));
    LearnerSimulation simulation = new LearnerSimulation(repository, seed);
    for (SimulatedLearner learner : LearnerSimulation.standardLearners()) {
      LearnerSimulation.Trajectory run = simulation.run(learner, items, block);
      Table.Builder table = new Table.Builder("Learner '" + learner.name() + "' (true ability "
          + Table.num(learner.ability(), 0) + ", seed " + seed + ")",
          "items", "mean rating", "block accuracy", "share in letter-name topics");
      run.blocks().forEach(b -> table.row(b.itemsSoFar(), Table.num(b.meanRating(), 0), Table.num(b.accuracy(), 2),
          Table.num(b.misconceptionShare(), 2)));
      System.out.print(table.build().toMarkdown());
      if (learner.spellsBySound()) {
        System.out.println();
        System.out.println(run.detectedAfter().isPresent()
            ? String.format(Locale.ROOT, "letter-name misconception detected after item %d; share of items in"
                + " its topics %.2f while untargeted, %.2f while targeted; habit left %.2f%n",
                run.detectedAfter().getAsInt(), run.shareUntargeted(), run.shareTargeted(), run.habitLeft())
            : "letter-name misconception not detected in " + items + " items\n");
      }
      System.out.println();
    }
    if (loadClients > 0) {
      Practice practice = new Practice(repository, new Exercises(), Sources.topicDocuments(), Clock.systemUTC(), seed);
      PracticeLoad.Result load = PracticeLoad.run(practice, repository, loadClients, Duration.ofSeconds(loadSeconds), seed);
      System.out.print(new Table.Builder("Load: " + load.clients() + " learners at once for "
          + Table.num(load.seconds(), 0) + " s on SQLite", "answers", "answers/s", "errors", "next p50 ms",
          "next p99 ms", "answer p50 ms", "answer p99 ms")
          .row(load.answers(), Table.num(load.answersPerSecond(), 1), load.errors(), Table.num(load.next().p50Ms(), 1),
              Table.num(load.next().p99Ms(), 1), Table.num(load.answer().p50Ms(), 1), Table.num(load.answer().p99Ms(), 1))
          .build().toMarkdown());
    }
    System.out.println("database: " + folder.resolve("cadenza.db"));
    return 0;
  }
}
