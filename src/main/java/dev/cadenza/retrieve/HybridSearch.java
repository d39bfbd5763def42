package dev.cadenza.retrieve;

import dev.cadenza.corpus.Level;
import dev.cadenza.index.Filter;
import dev.cadenza.index.Retriever;
import dev.cadenza.index.ScoredChunk;
import dev.cadenza.question.QuestionForm;
import dev.cadenza.question.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Retrievers (BM25 and vectors, or any others) run side by side and fused by {@link ReciprocalRankFusion}. */
public final class HybridSearch {

  /** Each retriever returns this many times k candidates, so fusion has overlap to work with. */
  private static final int FAN_OUT = 4;
  private static final int MIN_CANDIDATES = 20;
  /** Fused score a passage of the preferred level gains: 1/61 - 1/65, rank 1 against rank 5 of one list. */
  static final double LEVEL_BONUS = 0.001;
  /** How many times the next BM25 score a standout lexical match scores. */
  private static final double STANDOUT = 2.0;
  private static final int RARE_WORD_PASSAGES = 3;
  private static final int RARE_WORD_LENGTH = 5;
  private static final int MAX_NAME_WORDS = 3;

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
    List<Passage> top = withRareWord(query, fused.subList(0, Math.min(k, fused.size())), filter);
    List<SentenceMeaning> meanings = sentences.meanings(query, top.stream().map(Passage::chunk).toList());
    List<Passage> withMeaning = new ArrayList<>(top.size());
    for (int i = 0; i < top.size(); i++) withMeaning.add(top.get(i).withMeaning(meanings.get(i)));
    return withMeaning;
  }

  /**
   * The top passages with the last one given up for the best passage holding a rare word of the question that none
   * of them holds. "What is the Andalusian cadence?" fills the top with cadence pages while the one passage naming
   * it, a long list of pop progressions, ranks below them all; the answer needs its name. A word is rare when at most
   * {@value #RARE_WORD_PASSAGES} passages hold it; only words of {@value #RARE_WORD_LENGTH} letters or more are
   * tried, and only one passage is brought in.
   */
  private List<Passage> withRareWord(String query, List<Passage> top, Filter filter) {
    Retriever lexical = retrievers.get(Passage.BM25);
    // Only a word of a named subject ("Andalusian cadence"), not of a clause ("tune a violin", "missing its 5th").
    String subject = QuestionForm.read(query).subject();
    Set<String> named = Terms.of(subject);
    if (lexical == null || top.isEmpty() || named.size() > MAX_NAME_WORDS) return top;
    String said = top.stream().map(p -> p.chunk().allText())
        .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    for (String word : subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}#]+")) {
      if (word.length() < RARE_WORD_LENGTH || said.contains(word)) continue;
      List<ScoredChunk> holding = lexical.retrieve(word, RARE_WORD_PASSAGES + 1, filter);
      if (holding.isEmpty() || holding.size() > RARE_WORD_PASSAGES) continue;
      ScoredChunk best = holding.getFirst();
      // The passage must name the whole subject: "cadence" as well as "Andalusian".
      if (!Terms.of(best.chunk().allText()).containsAll(named)) {
        continue;
      }
      List<Passage> rescued = new ArrayList<>(top.subList(0, top.size() - 1));
      rescued.add(new Passage(best.chunk(), top.size(), 0,
          List.of(new RankEvidence(Passage.BM25, 1, (float) best.score()))));
      return rescued;
    }
    return top;
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
