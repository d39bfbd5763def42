package dev.cadenza.curation;

import dev.cadenza.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Forgets gap questions, citations and clicks older than the retention period, and groups left with none. */
final class Retention {

  private final Supplier<Database> database;
  private final Duration keep;

  Retention(Supplier<Database> database, Duration keep) {
    this.database = database;
    this.keep = keep;
  }

  /** Deletes what is older than the period before {@code nowMillis}; the ids of the groups deleted with it. */
  List<String> purge(long nowMillis) {
    long cutoff = nowMillis - keep.toMillis();
    return database.get().inTransaction(connection -> {
      delete(connection, "DELETE FROM gap_questions WHERE asked_at < ?", cutoff);
      delete(connection, "DELETE FROM citations WHERE cited_at < ?", cutoff);
      delete(connection, "DELETE FROM citation_clicks WHERE clicked_at < ?", cutoff);
      String empty = " FROM question_groups g WHERE NOT EXISTS (SELECT 1 FROM gap_questions q WHERE q.group_id = g.id)"
          + " AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.group_id = g.id)";
      List<String> ids = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement("SELECT g.id" + empty);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) ids.add(rows.getString(1));
      }
      try (PreparedStatement statement = connection.prepareStatement("DELETE FROM question_groups WHERE id IN (SELECT g.id" + empty + ")")) {
        statement.executeUpdate();
      }
      return ids;
    });
  }

  private static void delete(Connection connection, String sql, long cutoff) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, cutoff);
      statement.executeUpdate();
    }
  }
}
