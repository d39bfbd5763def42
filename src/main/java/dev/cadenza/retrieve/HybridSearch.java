package dev.cadenza.retrieve;

import dev.cadenza.corpus.Level;
import dev.cadenza.index.Filter;
import dev.cadenza.index.Retriever;
import dev.cadenza.index.ScoredChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Retrievers (BM25 and vectors, or any others) run side by side and fused by {@link ReciprocalRankFusion}. */
public final class HybridSearch {

  /** Each retriever returns this many times k candidates, so fusion has overlap to work with. */
  private static final int FAN_OUT = 4;
  private static final int MIN_CANDIDATES = 20;
  /** Fused score a passage of the preferred level gains: 1/61 - 1/65, rank 1 against rank 5 of one list. */
  static final double LEVEL_BONUS = 0.001;
  /** How many times the next BM25 score a standout lexical match scores. */
  private static final double STANDOUT = 2.0;

  private final Map<String, Retriever> retrievers;
  private final SentenceVectorSource sentences;

  public HybridSearch(Retriever bm25, Retriever vectors) {
    this(bm25, vectors, SentenceVectorSource.NONE);
  }

  /** With the top passages' sentences paired with their stored vectors, for the composer to score by meaning. */
  public HybridSearch(Retriever bm25, Retriever vectors, SentenceVectorSource sentences) {
    this(named(bm25, vectors), sentences);
  }

  /**
   * Any number of retrievers by name, fused in this order; the one named {@link Passage#BM25}, if any, may put a
   * standout lexical match first.
   */
  public HybridSearch(Map<String, Retriever> retrievers, SentenceVectorSource sentences) {
    if (retrievers.isEmpty()) throw new IllegalArgumentException("illegal retrievers: none, must be at least one");
    this.retrievers = new LinkedHashMap<>(retrievers);
    this.sentences = sentences;
  }

  private static Map<String, Retriever> named(Retriever bm25, Retriever vectors) {
    Map<String, Retriever> named = new LinkedHashMap<>();
    named.put(Passage.BM25, bm25);
    named.put(Passage.VECTOR, vectors);
    return named;
  }

  /** The top {@code k} fused passages, most relevant first. */
  public List<Passage> search(String query, int k, Filter filter) {
    return search(query, k, filter, null);
  }

  /**
   * The top {@code k} fused passages, those written for {@code preferred} (when not null) raised by
   * {@value #LEVEL_BONUS} of fused score: about four places in one ranking, so a passage for the learner's level
   * wins a near tie but never buries a clearly better one.
   */
  public List<Passage> search(String query, int k, Filter filter, Level preferred) {
    if (k < 1) {
      throw new IllegalArgumentException("illegal k: " + k + ", must be >= 1");
    }
    int candidates = Math.max(MIN_CANDIDATES, k * FAN_OUT);
    List<ReciprocalRankFusion.Ranking> rankings = new ArrayList<>(retrievers.size());
    retrievers.forEach((name, retriever) ->
        rankings.add(new ReciprocalRankFusion.Ranking(name, retriever.retrieve(query, candidates, filter),
            retriever.fusionWeight())));
    List<Passage> fused = ReciprocalRankFusion.fuse(rankings);
    if (preferred != null) {
      fused = preferring(preferred, fused);
    }
    List<ScoredChunk> lexical = rankings.stream().filter(r -> r.retriever().equals(Passage.BM25))
        .map(ReciprocalRankFusion.Ranking::hits).findFirst().orElse(List.of());
    fused = standoutFirst(lexical, fused);
    List<Passage> top = fused.subList(0, Math.min(k, fused.size()));
    List<SentenceMeaning> meanings = sentences.meanings(query, top.stream().map(Passage::chunk).toList());
    List<Passage> withMeaning = new ArrayList<>(top.size());
    for (int i = 0; i < top.size(); i++) withMeaning.add(top.get(i).withMeaning(meanings.get(i)));
    return withMeaning;
  }

  /** {@code fused} reordered with the level bonus, fused ranks renumbered. */
  private static List<Passage> preferring(Level preferred, List<Passage> fused) {
    List<Passage> ordered = new ArrayList<>(fused);
    ordered.sort(Comparator.comparingDouble((Passage p) -> -(p.fusedScore()
        + (preferred.label().equalsIgnoreCase(p.chunk().level()) ? LEVEL_BONUS : 0))));
    return renumbered(ordered);
  }

  private static List<Passage> renumbered(List<Passage> ordered) {
    List<Passage> renumbered = new ArrayList<>(ordered.size());
    for (Passage p : ordered) {
      renumbered.add(p.atRank(renumbered.size() + 1));
    }
    return renumbered;
  }

  /**
   * A passage BM25 scores at least {@value #STANDOUT} times any other holds a rare word of the question (a name such
   * as "Picardy") that the embedding may not know; fusion alone would bury it under passages both lists agree on
   * ("third" in third-species counterpoint), so it goes first.
   */
  private static List<Passage> standoutFirst(List<ScoredChunk> lexical, List<Passage> fused) {
    if (lexical.size() < 2 || lexical.get(0).score() < STANDOUT * lexical.get(1).score()) {
      return fused;
    }
    String standout = lexical.get(0).chunk().chunkId();
    List<Passage> ordered = new ArrayList<>(fused.size());
    fused.stream().filter(p -> p.chunk().chunkId().equals(standout)).forEach(ordered::add);
    fused.stream().filter(p -> !p.chunk().chunkId().equals(standout)).forEach(ordered::add);
    return renumbered(ordered);
  }
}
