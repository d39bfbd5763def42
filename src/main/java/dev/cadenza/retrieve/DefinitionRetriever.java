package dev.cadenza.retrieve;

import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.DefinedTerms;
import dev.cadenza.index.Filter;
import dev.cadenza.index.Retriever;
import dev.cadenza.index.ScoredChunk;
import dev.cadenza.index.StoredChunk;
import dev.cadenza.index.VectorRetriever;
import dev.cadenza.question.FollowUps;
import dev.cadenza.question.QuestionForm;
import dev.cadenza.question.Shorthand;
import dev.cadenza.question.Spelling;
import dev.cadenza.theory.TransposingInstrument;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For a question read as a definition ("whats a tritone"), the passages that define its subject, and for a comparison
 * those that define each side ("relative pitch vs perfect pitch"): documents and
 * sections titled with it before glossary entries headed with it (a document is the fuller answer, a glossary the
 * fallback), each kind nearest the question's embedding first. Passages that
 * only use the word are left to the other retrievers. The term table is derived from the index's chunks and derived
 * again after each write, so an uploaded glossary counts as soon as it is synced, on every replica. The same table tells
 * follow-ups which terms a question names and which headings are parts of which documents, and questions how the
 * library spells its terms.
 */
public final class DefinitionRetriever implements Retriever, FollowUps.Library {

  /** The name this retriever's ranks carry in a passage's evidence. */
  public static final String NAME = "definition";
  /** A term several glossaries define needs only its best few definitions, not all of them. */
  private static final int MAX_DEFINERS = 3;
  /**
   * A defining passage first here fuses level with one both BM25 and the vectors put first: alone, a rank of one list
   * would lose to passages the two agree on only because they use the word often.
   */
  private static final double WEIGHT = 2.0;

  private final ChunkIndex index;
  private final VectorRetriever vectors;
  private DefinedTerms terms;
  private Spelling spelling;
  private long termsGeneration = -1;

  public DefinitionRetriever(ChunkIndex index, VectorRetriever vectors) {
    this.index = index;
    this.vectors = vectors;
  }

  @Override
  public List<ScoredChunk> retrieve(String query, int n, Filter filter) {
    QuestionForm.Reading reading = QuestionForm.read(query);
    return switch (reading.form()) {
      case DEFINITION -> definers(query, reading.subject(), Math.min(n, MAX_DEFINERS), filter);
      // "relative pitch vs perfect pitch": the best definition of each side, one each, so the page comparing them
      // keeps its place.
      case COMPARISON -> reading.sides().stream().flatMap(side -> definers(query, side, 1, filter).stream())
          .distinct().limit(n).toList();
      // "where does the hemiola usually show up": what a thing does or looks like starts from what it is, and the
      // embedding alone may not know the word.
      case FUNCTION, EXAMPLE -> definers(query, reading.subject(), 1, filter);
      default -> List.of();
    };
  }

  /** The passages defining {@code subject}: documents and sections before glossary entries, each nearest the query first. */
  private List<ScoredChunk> definers(String query, String subject, int limit, Filter filter) {
    List<DefinedTerms.Definer> definers = terms().definersOf(subject);
    if (definers.isEmpty()) return List.of();
    Map<String, DefinedTerms.Kind> kinds = new HashMap<>();
    definers.forEach(d -> kinds.putIfAbsent(d.chunk().chunkId(), d.kind()));
    return vectors.searchAmong(vectors.embed(query), kinds.keySet(), kinds.size(), filter).stream()
        .sorted(Comparator.comparing((ScoredChunk hit) -> kinds.get(hit.chunk().chunkId())))
        .limit(limit)
        .toList();
  }

  /**
   * The longest term the library defines that {@code text} names ({@link DefinedTerms#longestIn}), as the library
   * writes it ("thirteenth chord" for "a 13th chord"), or empty.
   */
  @Override
  public String termIn(String text) {
    return terms().longestIn(Shorthand.expand(text));
  }

  /** Whether {@code part} heads a section of the document on {@code whole} ({@link DefinedTerms#isPartOf}). */
  @Override
  public boolean isPartOf(String part, String whole) {
    return terms().isPartOf(part, whole);
  }

  @Override
  public double fusionWeight() {
    return WEIGHT;
  }

  @Override
  public String spelled(String question) {
    return spelling().corrected(question);
  }

  private synchronized DefinedTerms terms() {
    refresh();
    return terms;
  }

  private synchronized Spelling spelling() {
    refresh();
    return spelling;
  }

  /**
   * The words misspellings are put right to: the library's terms and the instruments the theory engine transposes for
   * ("trumpit" is "trumpet"), which the library may use too rarely to count as its own.
   */
  private static Set<String> spelledTerms(DefinedTerms terms) {
    Set<String> words = terms.words();
    TransposingInstrument.ALL.forEach(instrument -> words.addAll(instrument.words()));
    return words;
  }

  /** Derives the term table and the spelling from the index's chunks again when the index has changed. */
  private void refresh() {
    long generation = index.generation();
    if (terms != null && generation == termsGeneration) return;
    Collection<StoredChunk> chunks = index.chunks();
    terms = DefinedTerms.of(chunks);
    spelling = Spelling.of(chunks.stream().map(StoredChunk::allText).toList(), spelledTerms(terms));
    termsGeneration = generation;
  }
}
