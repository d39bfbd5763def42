package dev.cadenza.cli;

import dev.cadenza.retrieve.SearchHit;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Hybrid (BM25 + vector) search over the theory library.")
final class SearchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "QUERY")
  String query;

  @Option(names = "--k", defaultValue = "10", description = "Results to show (default: ${DEFAULT-VALUE}).")
  int k;

  @Mixin FilterOptions filters = new FilterOptions();

  @Option(names = "--json", description = "Print {\"hits\": [...]} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (query.isBlank()) throw new IllegalArgumentException("query must not be empty");
    try (Cadenza cadenza = Services.openSynced()) {
      List<SearchHit> hits = cadenza.search().search(query, k, filters.filter()).stream().map(SearchHit::of).toList();
      if (json) {
        System.out.println(Json.mapper().writeValueAsString(Map.of("hits", hits)));
      } else {
        for (SearchHit hit : hits) {
          System.out.printf(Locale.ROOT, "%2d. %.4f  %s — %s  [bm25 %s, vector %s]%n    %s%n", hit.fusedRank(), hit.score(),
              hit.title(), hit.heading(), rank(hit.bm25Rank()), rank(hit.vectorRank()), preview(hit.text()));
        }
      }
    }
    return 0;
  }

  private static String rank(Integer rank) {
    return rank == null ? "-" : "#" + rank;
  }

  private static String preview(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
  }
}
