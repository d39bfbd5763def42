package dev.cadenza.curation;

import dev.cadenza.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/** How documents are used: how often each was cited, for which question groups, and how often a student opened it. */
public final class UsageLog {

  /** A question group that cited a document, by its first wording. */
  public record GroupCount(String groupId, String question, int citations) {}

  /**
   * One document's use.
   *
   * @param groups the question groups that cited it most, most first (at most {@link #GROUPS_SHOWN})
   */
  public record DocumentUsage(String docId, int citations, int clicks, List<GroupCount> groups) {}

  static final int GROUPS_SHOWN = 5;

  private final Supplier<Database> database;

  UsageLog(Supplier<Database> database) {
    this.database = database;
  }

  /** Records, in the caller's transaction, that one answer in {@code groupId} cited each of {@code docIds}. */
  void insertCitations(Connection connection, String groupId, Collection<String> docIds, long now) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO citations (id, doc_id, group_id, cited_at) VALUES (?, ?, ?, ?)")) {
      for (String docId : docIds) {
        statement.setString(1, UUID.randomUUID().toString());
        statement.setString(2, docId);
        statement.setString(3, groupId);
        statement.setLong(4, now);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** Records that a student opened a citation of {@code docId}. */
  void insertClick(String docId, long now) {
    database.get().inTransaction(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "INSERT INTO citation_clicks (id, doc_id, clicked_at) VALUES (?, ?, ?)")) {
        statement.setString(1, UUID.randomUUID().toString());
        statement.setString(2, docId);
        statement.setLong(3, now);
        return statement.executeUpdate();
      }
    });
  }

  /** Every document cited or opened, by id. */
  public List<DocumentUsage> usage() {
    return database.get().query(connection -> {
      Map<String, Integer> citations = counts(connection, "SELECT doc_id, COUNT(*) FROM citations GROUP BY doc_id");
      Map<String, Integer> clicks = counts(connection, "SELECT doc_id, COUNT(*) FROM citation_clicks GROUP BY doc_id");
      Map<String, List<GroupCount>> groups = new LinkedHashMap<>();
      try (PreparedStatement statement = connection.prepareStatement("SELECT c.doc_id, g.id, g.label, COUNT(*)"
          + " FROM citations c JOIN question_groups g ON g.id = c.group_id GROUP BY c.doc_id, g.id, g.label"
          + " ORDER BY c.doc_id, COUNT(*) DESC, g.label, g.id");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          List<GroupCount> top = groups.computeIfAbsent(rows.getString(1), id -> new ArrayList<>());
          if (top.size() < GROUPS_SHOWN) top.add(new GroupCount(rows.getString(2), rows.getString(3), rows.getInt(4)));
        }
      }
      TreeMap<String, DocumentUsage> usage = new TreeMap<>();
      for (String docId : union(citations.keySet(), clicks.keySet())) {
        usage.put(docId, new DocumentUsage(docId, citations.getOrDefault(docId, 0), clicks.getOrDefault(docId, 0),
            groups.getOrDefault(docId, List.of())));
      }
      return List.copyOf(usage.values());
    });
  }

  private static Map<String, Integer> counts(Connection connection, String sql) throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) counts.put(rows.getString(1), rows.getInt(2));
    }
    return counts;
  }

  private static List<String> union(Collection<String> a, Collection<String> b) {
    List<String> all = new ArrayList<>(a);
    b.stream().filter(id -> !a.contains(id)).forEach(all::add);
    return all;
  }
}
