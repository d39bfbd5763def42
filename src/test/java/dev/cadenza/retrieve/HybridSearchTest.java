package dev.cadenza.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.Level;
import dev.cadenza.index.Filter;
import dev.cadenza.index.Retriever;
import dev.cadenza.index.ScoredChunk;
import dev.cadenza.index.StoredChunk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fusion of the two rankings, and the lexical standout that fusion alone would bury. */
class HybridSearchTest {

  private static ScoredChunk hit(String id, float score) {
    return hit(id, score, "intermediate");
  }

  private static ScoredChunk hit(String id, float score, String level) {
    return new ScoredChunk(new StoredChunk(id, id.substring(0, id.indexOf('#')), id, "", "text of " + id, level, "harmony", 0), score);
  }

  private static List<String> ids(List<Passage> passages) {
    return passages.stream().map(p -> p.chunk().chunkId()).toList();
  }

  @Test
  void passagesBothRankingsAgreeOnComeFirst() {
    Retriever bm25 = (q, n, f) -> List.of(hit("a#0", 5f), hit("b#0", 4f), hit("c#0", 3f));
    Retriever vectors = (q, n, f) -> List.of(hit("b#0", 0.9f), hit("c#0", 0.8f), hit("d#0", 0.7f));
    assertThat(ids(new HybridSearch(bm25, vectors).search("q", 3, Filter.NONE))).containsExactly("b#0", "c#0", "a#0");
  }

  @Test
  void aLexicalMatchScoringTwiceAnyOtherGoesFirstWithItsRanksRenumbered() {
    // "picardy third": only the glossary has "Picardy"; the vectors favour every chunk about thirds.
    Retriever bm25 = (q, n, f) -> List.of(hit("glossary#4", 9.7f), hit("thirds#5", 4.1f), hit("thirds#0", 3.0f));
    Retriever vectors = (q, n, f) -> List.of(hit("thirds#5", 0.70f), hit("thirds#0", 0.69f), hit("thirds#1", 0.68f));
    List<Passage> found = new HybridSearch(bm25, vectors).search("what is a picardy third", 3, Filter.NONE);
    assertThat(ids(found)).containsExactly("glossary#4", "thirds#5", "thirds#0");
    assertThat(found).extracting(Passage::fusedRank).containsExactly(1, 2, 3);
    assertThat(found.getFirst().bm25Rank()).isEqualTo(1);
    assertThat(found.getFirst().vectorRank()).isNull();
  }

  private static ScoredChunk chunk(String id, String text) {
    return new ScoredChunk(new StoredChunk(id, id.substring(0, id.indexOf('#')), id, "", text, "intermediate", "jazz", 0), 1f);
  }

  private static final ScoredChunk PLAGAL = chunk("cadences#4", "A plagal cadence moves from IV to I.");
  private static final ScoredChunk HALF = chunk("cadences#2", "A half cadence ends on V.");

  /** Cadence pages for every query, and {@code holder} alone for the one word {@code rare}. */
  private static HybridSearch cadencePagesAnd(String rare, ScoredChunk holder) {
    Retriever bm25 = (q, n, f) -> q.equals(rare) ? List.of(holder) : List.of(PLAGAL, HALF);
    Retriever vectors = (q, n, f) -> List.of(PLAGAL, HALF);
    return new HybridSearch(bm25, vectors);
  }

  @Test
  void aPassageHoldingARareWordOfTheNamedSubjectTakesTheLastPlace() {
    HybridSearch search = cadencePagesAnd("andalusian",
        chunk("pop#4", "The lament i-bVII-bVI-V is also known as the Andalusian cadence."));
    assertThat(ids(search.search("What is the Andalusian cadence?", 2, Filter.NONE))).containsExactly("cadences#4", "pop#4");
  }

  @Test
  void aRareWordInAPassageThatDoesNotNameTheWholeSubjectOrInAClauseBringsNothing() {
    HybridSearch search = cadencePagesAnd("violin", chunk("clefs#1", "The violin reads the treble clef."));
    assertThat(ids(search.search("what is a violin cadence", 2, Filter.NONE))).containsExactly("cadences#4", "cadences#2");
    assertThat(ids(search.search("how do i tune a violin so it sounds right with a band", 2, Filter.NONE)))
        .containsExactly("cadences#4", "cadences#2");
  }

  @Test
  void aLearnersLevelWinsNearTiesButNotClearLeads() {
    Retriever bm25 = (q, n, f) -> List.of(hit("lead#0", 5f), hit("near#0", 4.9f), hit("easy#0", 4.8f, "beginner"),
        hit("far#0", 4.7f), hit("x#0", 4.6f), hit("y#0", 4.5f), hit("z#0", 4.4f), hit("w#0", 4.3f), hit("v#0", 4.2f),
        hit("u#0", 4.1f), hit("t#0", 4.0f), hit("easiest#0", 3.9f, "beginner"));
    Retriever vectors = (q, n, f) -> List.of(hit("lead#0", 0.9f), hit("near#0", 0.8f), hit("easy#0", 0.7f, "beginner"));
    HybridSearch search = new HybridSearch(bm25, vectors);
    assertThat(ids(search.search("q", 3, Filter.NONE))).containsExactly("lead#0", "near#0", "easy#0");
    List<Passage> preferred = search.search("q", 3, Filter.NONE, Level.BEGINNER);
    assertThat(ids(preferred)).containsExactly("lead#0", "easy#0", "near#0");
    assertThat(preferred).extracting(Passage::fusedRank).containsExactly(1, 2, 3);
  }

  @Test
  void anyNumberOfNamedRetrieversFuseAndEachLeavesItsEvidence() {
    Map<String, Retriever> retrievers = new LinkedHashMap<>();
    retrievers.put(Passage.BM25, (q, n, f) -> List.of(hit("a#0", 5f), hit("b#0", 4f)));
    retrievers.put(Passage.VECTOR, (q, n, f) -> List.of(hit("a#0", 0.9f), hit("b#0", 0.8f)));
    retrievers.put("sentences", (q, n, f) -> List.of(hit("b#0", 0.7f)));
    List<Passage> found = new HybridSearch(retrievers, SentenceVectorSource.NONE).search("q", 2, Filter.NONE);

    assertThat(ids(found)).as("b is in all three lists").containsExactly("b#0", "a#0");
    assertThat(found.getFirst().evidence()).extracting(RankEvidence::retriever)
        .containsExactly(Passage.BM25, Passage.VECTOR, "sentences");
    assertThat(found.getFirst().bm25Rank()).isEqualTo(2);
  }
}
