package dev.cadenza.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * BM25 over passage text and (boosted) title and headings, with English stemming and stop words.
 * The query is treated as plain words: Lucene syntax characters typed by a student are escaped.
 */
public final class Bm25Retriever implements Retriever {

  /** Headings name what a passage is about, so a match there counts for more than one in the text. */
  private static final float HEADING_BOOST = 1.5f;

  private final ChunkIndex index;

  public Bm25Retriever(ChunkIndex index) {
    this.index = index;
  }

  /**
   * The index's English analysis with the words of a question's frame also stopped ("what does the fermata look
   * like": "what", "does", "like" matched headings such as "What is a cadence?" above the one rare word). "Why" and
   * "how" stay: sections titled "Why the Dominant Resolves" or "How to Realize a Figured Bass" answer such questions.
   */
  private static final Analyzer QUESTION_ANALYZER = new EnglishAnalyzer(stopWords());

  private static CharArraySet stopWords() {
    CharArraySet words = CharArraySet.copy(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    words.addAll(List.of("what", "whats", "what's", "does", "do", "did", "i", "you", "u", "me", "my", "can",
        "could", "would", "should", "please", "pls", "like", "look", "tell", "explain", "mean", "means"));
    return CharArraySet.unmodifiableSet(words);
  }

  @Override
  public List<ScoredChunk> retrieve(String query, int n, Filter filter) {
    Query parsed = parse(query);
    if (parsed == null) {
      return List.of();
    }
    return index.search(Queries.filtered(parsed, filter), n);
  }

  private Query parse(String text) {
    if (text.isBlank()) {
      return null;
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {Fields.TEXT, Fields.HEADING_TEXT},
        QUESTION_ANALYZER,
        Map.of(Fields.TEXT, 1f, Fields.HEADING_TEXT, HEADING_BOOST));
    try {
      // Escaping turns "C#" or "V/V" into terms instead of syntax; a query of only stop words parses to nothing.
      Query query = parser.parse(QueryParser.escape(text));
      return query.toString().isBlank() ? null : query;
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot parse query: " + text, e);
    }
  }
}
