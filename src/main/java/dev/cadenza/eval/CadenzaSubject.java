package dev.cadenza.eval;

import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.AskService;
import dev.cadenza.answer.Citation;
import dev.cadenza.retrieve.RetrievedPassage;
import dev.cadenza.index.Filter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cadenza's ask pipeline as an evaluation subject. The ranking for retrieval metrics is the documents
 * of the top-k passages the answerer was handed (most relevant first), then any cited document not
 * among them; the whole ask call is timed.
 */
public final class CadenzaSubject implements EvalSubject {

  private final String name;
  private final AskService ask;

  public CadenzaSubject(String name, AskService ask) {
    this.name = name;
    this.ask = ask;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SubjectAnswer answer(String question, int k) {
    return answer(question, k, null);
  }

  @Override
  public SubjectAnswer answer(String question, int k, String conversationId) {
    long start = System.nanoTime();
    AskResult result = ask.ask(new AskRequest(question, k, Filter.NONE, conversationId));
    double latencyMs = (System.nanoTime() - start) / 1e6;
    Set<String> ranked = new LinkedHashSet<>();
    result.retrieved().stream().sorted(Comparator.comparingInt(RetrievedPassage::fusedRank))
        .forEach(passage -> ranked.add(passage.docId()));
    for (Citation citation : result.citations()) {
      ranked.add(citation.docId());
    }
    return new SubjectAnswer(result.answer(), List.copyOf(ranked), result.covered(), latencyMs,
        AskService.COMPUTED.equals(result.backend()));
  }
}
