package dev.cadenza.cli;

import dev.cadenza.abc.AbcException;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse a MIDI file or an ABC tune (.abc) (key, meter, chords, cadences, part-writing issues) and"
        + " give feedback with the corpus passages that explain each rule.")
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.mid|FILE.abc")
  Path file;

  @Option(names = "--json", description = "Print the analysis as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + file);
    byte[] content = Files.readAllBytes(file);
    boolean abc = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".abc");
    try (Cadenza cadenza = Services.openSynced()) {
      Map<String, Object> analysis = abc ? abc(cadenza, content) : cadenza.midi().analyze(content);
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

  private Map<String, Object> abc(Cadenza cadenza, byte[] content) {
    try {
      return cadenza.midi().analyzeAbc(new String(content, StandardCharsets.UTF_8));
    } catch (AbcException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
