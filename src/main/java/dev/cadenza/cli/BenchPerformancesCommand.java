package dev.cadenza.cli;

import dev.cadenza.bench.Performances;
import dev.cadenza.bench.Table;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cadenza bench performances}: key finding on exercises as written and as a person plays them. */
@Command(name = "performances", mixinStandardHelpOptions = true,
    description = "Key finding per key on composed exercises, quantised with the right key signature against"
        + " humanised (pickup beat, timing drift, pedalled chords, dynamics, placeholder C-major signature).")
final class BenchPerformancesCommand implements Callable<Integer> {

  @Option(names = "--seed", defaultValue = "11", description = "Seed of the exercises (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--per-key", defaultValue = "4", description = "Exercises per key (default: ${DEFAULT-VALUE}).")
  int perKey;

  @Override
  public Integer call() {
    if (perKey < 1 || perKey > 50) throw new IllegalArgumentException("illegal --per-key: " + perKey + ", must be 1 to 50");
    Table.Builder table = new Table.Builder("Key finding on performed exercises (seed " + seed + ", " + perKey + " per key)",
        "key", "exercises", "quantised: key right", "humanised: key right");
    int pieces = 0;
    int quantised = 0;
    int humanised = 0;
    for (Performances.Row row : new Performances().run(seed, perKey)) {
      table.row(row.key(), row.pieces(), share(row.quantisedRight(), row.pieces()), share(row.humanisedRight(), row.pieces()));
      pieces += row.pieces();
      quantised += row.quantisedRight();
      humanised += row.humanisedRight();
    }
    table.row("all", pieces, share(quantised, pieces), share(humanised, pieces));
    System.out.print(table.build().toMarkdown());
    return 0;
  }

  private static String share(int right, int of) {
    return String.format(Locale.ROOT, "%d (%.2f)", right, (double) right / of);
  }
}
