package dev.cadenza.cli;

import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.Citation;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Json;
import dev.cadenza.index.Filter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer a question with citations.")
final class AskCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in quotes.")
  String question;

  @Option(names = "--k", defaultValue = "5", description = "Passages to retrieve (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--level", description = "Only passages of this level: beginner, intermediate or advanced.")
  String level;

  @Option(names = "--topic", description = "Only passages of this topic, e.g. harmony.")
  String topic;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    AskRequest request = new AskRequest(question, k, new Filter(level, topic));
    try (Cadenza cadenza = Services.openSynced()) {
      AskResult result = cadenza.ask().ask(request);
      if (json) {
        System.out.println(Json.mapper().writeValueAsString(result));
      } else {
        System.out.println(result.answer());
        System.out.println();
        for (Citation c : result.citations()) {
          System.out.printf(Locale.ROOT, "[%d] %s — %s (%s)%n", c.n(), c.title(), c.heading(), c.chunkId());
        }
      }
    }
    return 0;
  }
}
