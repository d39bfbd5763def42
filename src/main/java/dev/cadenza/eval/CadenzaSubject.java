package dev.cadenza.eval;

import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.AskService;
import dev.cadenza.answer.Citation;
import dev.cadenza.answer.HybridSearch;
import dev.cadenza.answer.Passage;
import dev.cadenza.index.Filter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cadenza's ask pipeline as an evaluation subject. The ranking for retrieval metrics is the hybrid
 * search's top-k passages for the question (the same passages the answerer read, as search is
 * deterministic), then any cited document not among them; only the ask call is timed.
 */
public final class CadenzaSubject implements EvalSubject {

  private final String name;
  private final AskService ask;
  private final HybridSearch search;

  public CadenzaSubject(String name, AskService ask, HybridSearch search) {
    this.name = name;
    this.ask = ask;
    this.search = search;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SubjectAnswer answer(String question, int k) {
    long start = System.nanoTime();
    AskResult result = ask.ask(new AskRequest(question, k, Filter.NONE));
    double latencyMs = (System.nanoTime() - start) / 1e6;
    Set<String> ranked = new LinkedHashSet<>();
    for (Passage passage : search.search(question, k, Filter.NONE)) {
      ranked.add(passage.chunk().docId());
    }
    for (Citation citation : result.citations()) {
      ranked.add(citation.docId());
    }
    return new SubjectAnswer(result.answer(), List.copyOf(ranked), result.covered(), latencyMs);
  }
}
