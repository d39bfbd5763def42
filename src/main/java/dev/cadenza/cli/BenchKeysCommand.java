package dev.cadenza.cli;

import dev.cadenza.bench.Table;
import dev.cadenza.midi.key.KeyFindingEval;
import dev.cadenza.midi.key.KeyModelFit;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cadenza bench keys}: key finding per mode on generated tunes, against plain profile methods. */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = "Key finding per mode on generated tunes (every mode on every tonic): the analyser against"
        + " plain Krumhansl–Schmuckler; --fit prints the model weights fitted on tunes of that seed instead.")
final class BenchKeysCommand implements Callable<Integer> {

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated tunes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--per-key", defaultValue = "6", description = "Tunes per mode and tonic (default: ${DEFAULT-VALUE}).")
  int perKey;

  @Option(names = "--fit", description = "Fit the key model's weights on these tunes and print them.")
  boolean fit;

  @Override
  public Integer call() {
    if (perKey < 1 || perKey > 100) throw new IllegalArgumentException("illegal --per-key: " + perKey + ", must be 1 to 100");
    if (fit) {
      System.out.println("weights (profile fit, then FINAL_NOTE .. CADENCE_BASS), seed " + seed + ": {"
          + Arrays.stream(KeyModelFit.fit(seed, perKey)).mapToObj(w -> String.format(Locale.ROOT, "%.3f", w))
              .collect(Collectors.joining(", ")) + "}");
      return 0;
    }
    Table.Builder table = new Table.Builder("Key finding per mode (seed " + seed + ", " + perKey + " tunes per tonic)",
        "mode", "tunes", "ending off the tonic", "analyser: tonic", "analyser: tonic and mode",
        "KS Krumhansl–Kessler: tonic", "KS Krumhansl–Kessler: tonic and mode", "KS Temperley: tonic");
    int[] totals = new int[7];
    for (KeyFindingEval.Row row : KeyFindingEval.byMode(seed, perKey)) {
      int[] cells = {row.pieces(), row.endingAway(), row.tonicRight(), row.keyRight(), row.kkTonicRight(),
          row.kkKeyRight(), row.temperleyTonicRight()};
      table.row(row.mode(), cells[0], cells[1], share(cells[2], cells[0]), share(cells[3], cells[0]),
          share(cells[4], cells[0]), share(cells[5], cells[0]), share(cells[6], cells[0]));
      for (int i = 0; i < cells.length; i++) totals[i] += cells[i];
    }
    table.row("all", totals[0], totals[1], share(totals[2], totals[0]), share(totals[3], totals[0]),
        share(totals[4], totals[0]), share(totals[5], totals[0]), share(totals[6], totals[0]));
    System.out.print(table.build().toMarkdown());
    return 0;
  }

  private static String share(int right, int of) {
    return String.format(Locale.ROOT, "%d (%.2f)", right, (double) right / of);
  }
}
