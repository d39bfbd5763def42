package dev.cadenza.eval;

import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.AskResult;
import dev.cadenza.answer.AskService;
import dev.cadenza.answer.Citation;
import dev.cadenza.retrieve.RetrievedPassage;
import dev.cadenza.index.Filter;
import dev.cadenza.index.StoredChunk;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cadenza's ask pipeline as an evaluation subject. The ranking for retrieval metrics is the documents
 * of the top-k passages the answerer was handed (most relevant first), then any cited document not
 * among them; the whole ask call is timed. The text of the passages handed over goes with the answer, so that the
 * report can tell facts missing from them (retrieval) from facts left unquoted (composition).
 */
public final class CadenzaSubject implements EvalSubject {

  private final String name;
  private final AskService ask;
  private final Map<String, String> chunkTexts;

  /** @param chunkTexts the text of each indexed chunk by its id ({@link #chunkTexts(List)}) */
  public CadenzaSubject(String name, AskService ask, Map<String, String> chunkTexts) {
    this.name = name;
    this.ask = ask;
    this.chunkTexts = chunkTexts;
  }

  /** Each chunk's text by its id. */
  public static Map<String, String> chunkTexts(List<StoredChunk> chunks) {
    return chunks.stream().collect(Collectors.toUnmodifiableMap(StoredChunk::chunkId, StoredChunk::text));
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
    List<RetrievedPassage> retrieved = result.retrieved().stream()
        .sorted(Comparator.comparingInt(RetrievedPassage::fusedRank)).toList();
    retrieved.forEach(passage -> ranked.add(passage.docId()));
    String sourceText = retrieved.stream().map(passage -> chunkTexts.getOrDefault(passage.chunkId(), ""))
        .collect(Collectors.joining("\n\n"));
    for (Citation citation : result.citations()) {
      ranked.add(citation.docId());
    }
    return new SubjectAnswer(result.answer(), List.copyOf(ranked), result.covered(), latencyMs,
        AskService.COMPUTED.equals(result.backend()), sourceText);
  }
}
