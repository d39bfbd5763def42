package dev.cadenza.answer;

import dev.cadenza.theory.qa.Intent;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.qa.TheoryQa;
import dev.cadenza.theory.verify.VerificationReport;
import dev.cadenza.theory.verify.Verifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The question-answering pipeline: route (compute exact facts when the question is computable) →
 * retrieve (BM25 and vectors, fused) → generate → verify (replace any wrong theory fact with the
 * engine's value) → cite. Each step is timed; the result carries the exact answer, the claims
 * checked and the passages used.
 */
public final class AskService {

  private final HybridSearch search;
  private final TheoryQa theory;
  private final Verifier verifier;
  private final Answerer answerer;
  private final Admission admission;

  public AskService(HybridSearch search, TheoryQa theory, Verifier verifier, Answerer answerer, Admission admission) {
    this.search = search;
    this.theory = theory;
    this.verifier = verifier;
    this.answerer = answerer;
    this.admission = admission;
  }

  public AskResult ask(AskRequest request) {
    return ask(request, null);
  }

  /**
   * Answers while streaming the answer text to {@code onToken} (null for no streaming). Streamed text is
   * verified sentence by sentence; the result's answer, with citations renumbered, is authoritative.
   *
   * @throws OverloadedException when too many answers are running and waiting already
   */
  public AskResult ask(AskRequest request, Consumer<String> onToken) {
    return admission.call(() -> answer(request, onToken));
  }

  private AskResult answer(AskRequest request, Consumer<String> onToken) {
    Map<String, Long> timings = new LinkedHashMap<>();
    long start = System.nanoTime();

    Optional<TheoryAnswer> exact = theory.answer(request.question());
    long routed = System.nanoTime();
    timings.put("theory", millis(start, routed));

    List<Passage> passages = search.search(request.question(), request.k(), request.filter());
    long retrieved = System.nanoTime();
    timings.put("retrieve", millis(routed, retrieved));

    List<String> facts = new ArrayList<>(request.context());
    exact.ifPresent(a -> facts.add(a.answer()));
    GenerationRequest generation = new GenerationRequest(request.question(), passages, facts, request.conversationId());
    Draft draft;
    if (onToken == null) {
      draft = answerer.answer(generation);
    } else {
      VerifiedTokens verified = new VerifiedTokens(verifier, onToken);
      draft = answerer.answer(generation, verified);
      verified.flush();
    }
    long generated = System.nanoTime();
    timings.put("generate", millis(retrieved, generated));

    VerificationReport report = verifier.verify(draft.text());
    String checked = report.hasIncorrect() ? report.corrected(draft.text()) : draft.text();
    timings.put("verify", millis(generated, System.nanoTime()));

    CitationNumbers.Renumbered cited = CitationNumbers.renumber(checked, passages);
    timings.put("total", millis(start, System.nanoTime()));
    String intent = exact.map(a -> a.intent().label()).orElse(Intent.CONCEPTUAL.label());
    String backend = draft.fallback() == null ? answerer.name() : GroundedComposer.NAME;
    return new AskResult(request.question(), cited.text(), backend, draft.covered(), intent, exact.orElse(null),
        cited.citations(), new Verification(report.claims(), report.hasIncorrect()), timings, draft.fallback(),
        passages.stream().map(RetrievedPassage::of).toList());
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }
}
