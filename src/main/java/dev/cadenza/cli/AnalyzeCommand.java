package dev.cadenza.cli;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse a MIDI file (key, meter, chords, cadences, part-writing issues) and give feedback"
        + " with the corpus passages that explain each rule.")
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.mid")
  Path file;

  @Option(names = "--json", description = "Print the analysis as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + file);
    byte[] midi = Files.readAllBytes(file);
    try (Cadenza cadenza = Services.openSynced()) {
      Map<String, Object> analysis = cadenza.midi().analyze(midi);
      if (json) {
        System.out.println(Json.mapper().writeValueAsString(analysis));
      } else {
        System.out.println(analysis.get("feedback"));
        if (analysis.get("references") instanceof List<?> references && !references.isEmpty()) {
          System.out.println();
          System.out.println("Read more:");
          for (Object reference : references) {
            Map<?, ?> r = (Map<?, ?>) Json.mapper().convertValue(reference, Map.class);
            System.out.println("  " + r.get("title") + ": " + r.get("docTitle") + " — " + r.get("heading") + " (" + r.get("chunkId") + ")");
          }
        }
      }
    }
    return 0;
  }
}
