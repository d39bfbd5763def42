package dev.cadenza.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question-answering pipeline: retrieve (BM25 and vectors, fused) → generate → cite.
 * Each step is timed and the result carries the passages it used.
 */
public final class AskService {

  private final HybridSearch search;
  private final Answerer answerer;

  public AskService(HybridSearch search, Answerer answerer) {
    this.search = search;
    this.answerer = answerer;
  }

  public AskResult ask(AskRequest request) {
    Map<String, Long> timings = new LinkedHashMap<>();
    long start = System.nanoTime();

    List<Passage> passages = search.search(request.question(), request.k(), request.filter());
    long retrieved = System.nanoTime();
    timings.put("retrieve", millis(start, retrieved));

    Draft draft = answerer.answer(new GenerationRequest(request.question(), passages, List.of()));
    long generated = System.nanoTime();
    timings.put("generate", millis(retrieved, generated));

    CitationNumbers.Renumbered cited = CitationNumbers.renumber(draft.text(), passages);
    timings.put("total", millis(start, System.nanoTime()));
    return new AskResult(request.question(), cited.text(), answerer.name(), draft.covered(), cited.citations(),
        timings, draft.fallback(), passages.stream().map(RetrievedPassage::of).toList());
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }
}
