package dev.cadenza.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds the Lucene filter query for a {@link Filter}. */
final class Queries {
  private Queries() {}

  /** The filter as a query, or null when it restricts nothing. */
  static Query filter(Filter filter) {
    if (filter.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    if (filter.level() != null) {
      builder.add(new TermQuery(new Term(Fields.LEVEL, filter.level())), BooleanClause.Occur.FILTER);
    }
    if (filter.topic() != null) {
      builder.add(new TermQuery(new Term(Fields.TOPIC, filter.topic())), BooleanClause.Occur.FILTER);
    }
    return builder.build();
  }

  /** {@code query} restricted by {@code filter}. */
  static Query filtered(Query query, Filter filter) {
    Query restriction = filter(filter);
    if (restriction == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(restriction, BooleanClause.Occur.FILTER)
        .build();
  }
}
