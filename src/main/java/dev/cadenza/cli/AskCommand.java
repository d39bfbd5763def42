package dev.cadenza.cli;

import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.Citation;
import dev.cadenza.retrieve.RetrievedPassage;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Json;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer a question with citations.")
final class AskCommand implements Callable<Integer> {

  @Mixin LlmOptions llm = new LlmOptions();

  @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in quotes.")
  String question;

  @Option(names = "--k", defaultValue = "5", description = "Passages to retrieve (default: ${DEFAULT-VALUE}).")
  int k;

  @Mixin FilterOptions filters = new FilterOptions();

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--explain", description = "Also list every retrieved passage with its BM25, vector and fused ranks.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    AskRequest request = new AskRequest(question, k, filters.filter());
    try (Cadenza cadenza = Services.openSynced(llm.settings().asMap())) {
      AskResult result = cadenza.ask().ask(request);
      if (json) {
        System.out.println(Json.mapper().writeValueAsString(result));
      } else {
        System.out.println(result.answer());
        System.out.println();
        for (Citation c : result.citations()) {
          System.out.printf(Locale.ROOT, "[%d] %s%s (%s)%n", c.n(), c.title(),
              c.heading().isEmpty() ? "" : " — " + c.heading(), c.chunkId());
        }
        if (explain) {
          System.out.println();
          System.out.println("retrieved (fused rank, RRF score, BM25 rank/score, vector rank/score):");
          for (RetrievedPassage p : result.retrieved()) {
            System.out.printf(Locale.ROOT, "%2d  %.4f  bm25 %-14s vector %-14s %s%n", p.fusedRank(), p.fusedScore(),
                rank(p.bm25Rank(), p.bm25Score()), rank(p.vectorRank(), p.vectorScore()), p.chunkId());
          }
          System.out.println("timings (ms): " + result.timingsMs());
        }
      }
    }
    return 0;
  }

  private static String rank(Integer rank, Float score) {
    return rank == null ? "-" : String.format(Locale.ROOT, "#%d %.3f", rank, score);
  }
}
