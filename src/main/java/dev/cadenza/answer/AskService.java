package dev.cadenza.answer;

import dev.cadenza.theory.Intent;
import dev.cadenza.theory.TheoryAnswer;
import dev.cadenza.theory.TheoryQa;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question-answering pipeline: route (compute exact facts when the question is computable) →
 * retrieve (BM25 and vectors, fused) → generate → cite. Each step is timed and the result carries
 * the exact answer and the passages it used.
 */
public final class AskService {

  private final HybridSearch search;
  private final TheoryQa theory;
  private final Answerer answerer;

  public AskService(HybridSearch search, TheoryQa theory, Answerer answerer) {
    this.search = search;
    this.theory = theory;
    this.answerer = answerer;
  }

  public AskResult ask(AskRequest request) {
    Map<String, Long> timings = new LinkedHashMap<>();
    long start = System.nanoTime();

    Optional<TheoryAnswer> exact = theory.answer(request.question());
    long routed = System.nanoTime();
    timings.put("theory", millis(start, routed));

    List<Passage> passages = search.search(request.question(), request.k(), request.filter());
    long retrieved = System.nanoTime();
    timings.put("retrieve", millis(routed, retrieved));

    List<String> facts = exact.map(a -> List.of(a.answer())).orElse(List.of());
    Draft draft = answerer.answer(new GenerationRequest(request.question(), passages, facts));
    long generated = System.nanoTime();
    timings.put("generate", millis(retrieved, generated));

    CitationNumbers.Renumbered cited = CitationNumbers.renumber(draft.text(), passages);
    timings.put("total", millis(start, System.nanoTime()));
    String intent = exact.map(a -> a.intent().label()).orElse(Intent.CONCEPTUAL.label());
    return new AskResult(request.question(), cited.text(), answerer.name(), draft.covered(), intent, exact.orElse(null),
        cited.citations(), timings, draft.fallback(), passages.stream().map(RetrievedPassage::of).toList());
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }
}
