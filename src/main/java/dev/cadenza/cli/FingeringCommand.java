package dev.cadenza.cli;

import dev.cadenza.app.Json;
import dev.cadenza.piano.Fingering;
import dev.cadenza.piano.FingeringQuestions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fingering", mixinStandardHelpOptions = true,
    description = "Print the piano fingering of a scale, arpeggio or chord (\"E major scale\", \"Bb minor arpeggio\","
        + " \"Dm7\", \"C major in all inversions\"). No index needed.")
final class FingeringCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "WHAT", description = "The scale, arpeggio or chord in quotes.")
  String what;

  @Option(names = "--json", description = "Print the fingering as JSON (docs/piano.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (what.isBlank()) throw new IllegalArgumentException("name a scale, arpeggio or chord");
    Fingering fingering = FingeringQuestions.answer("What is the fingering for the " + what.strip() + "?")
        .orElseThrow(() -> new IllegalArgumentException("no scale, arpeggio or chord found in '" + what.strip() + "'"));
    System.out.println(json ? Json.mapper().writeValueAsString(fingering) : FingeringQuestions.text(fingering));
    return 0;
  }
}
