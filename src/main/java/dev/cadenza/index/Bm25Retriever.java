package dev.cadenza.index;

import java.util.List;
import java.util.Map;
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
        index.questionAnalyzer(),
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
