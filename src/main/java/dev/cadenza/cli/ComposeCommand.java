package dev.cadenza.cli;

import dev.cadenza.app.Json;
import dev.cadenza.compose.ComposeRequest;
import dev.cadenza.compose.ComposeRequests;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Composition;
import dev.cadenza.compose.Style;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compose", mixinStandardHelpOptions = true,
    description = {"Write a melody over a chord progression and print it in ABC notation (no index needed).",
        "Chords as symbols or names (\"C Am F G\", \"C-major, A-minor, F-major, G-major\"), or Roman numerals"
            + " with --key (\"I vi IV V\")."})
final class ComposeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PROGRESSION", description = "The chords in quotes.")
  String progression;

  @Option(names = "--key", description = "The key (\"G major\", \"Am\"); default: the key the chords imply.")
  String key;

  @Option(names = "--bars-per-chord", defaultValue = "1", description = "Bars each chord lasts, 1-4 (default ${DEFAULT-VALUE}).")
  int barsPerChord;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the random choices (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--style", defaultValue = "flowing",
      description = "Rhythm: flowing, steady, lyrical or dotted (default ${DEFAULT-VALUE}).")
  String style;

  @Option(names = "--out", paramLabel = "FILE.mid", description = "Also write the melody and chords as a MIDI file.")
  Path out;

  @Option(names = "--json", description = "Print the whole composition as JSON (docs/piano.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ComposeRequest request = ComposeRequests.of(progression, key, barsPerChord, seed, Style.parse(style));
    Composition composition = new Composer().compose(request);
    if (out != null) {
      Files.write(out, Base64.getDecoder().decode(composition.midi().base64()));
    }
    if (json) {
      System.out.println(Json.mapper().writeValueAsString(composition));
    } else {
      System.out.print(composition.abc());
      System.out.println();
      System.out.println(composition.explanation());
    }
    return composition.check().passed() ? 0 : 1;
  }
}
