package dev.cadenza.learners;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps result rows to the learner records, and runs parameterised statements with little ceremony. */
final class Rows {
  private Rows() {}

  /** Reads one row into a value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet row) throws SQLException;
  }

  static <T> List<T> list(Connection c, String sql, Reader<T> reader, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, parameters); ResultSet rows = statement.executeQuery()) {
      List<T> values = new ArrayList<>();
      while (rows.next()) {
        values.add(reader.read(rows));
      }
      return values;
    }
  }

  static <T> Optional<T> first(Connection c, String sql, Reader<T> reader, Object... parameters) throws SQLException {
    List<T> values = list(c, sql, reader, parameters);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
  }

  static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  static Attempt attempt(ResultSet row) throws SQLException {
    String misconception = row.getString("misconception");
    return new Attempt(row.getString("item_id"), row.getString("learner_id"), row.getString("item_key"),
        Topic.parse(row.getString("topic")), row.getString("answer"), row.getInt("correct") == 1,
        misconception == null ? Optional.empty() : Optional.of(Misconception.ofLabel(misconception)),
        Instant.ofEpochMilli(row.getLong("answered_at")), row.getLong("elapsed_ms"), row.getDouble("rating_after"));
  }

  static IssuedItem issued(ResultSet row) throws SQLException {
    long answered = row.getLong("answered_at");
    Optional<Instant> answeredAt = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(answered));
    return new IssuedItem(row.getString("id"), row.getString("learner_id"), row.getString("item_key"),
        Topic.parse(row.getString("topic")), Instant.ofEpochMilli(row.getLong("issued_at")), answeredAt);
  }

  static Review review(ResultSet row) throws SQLException {
    return new Review(row.getString("learner_id"), row.getString("item_key"), Topic.parse(row.getString("topic")),
        Instant.ofEpochMilli(row.getLong("due_at")), row.getInt("step"));
  }

  static Rating rating(ResultSet row) throws SQLException {
    return new Rating(row.getDouble("rating"), row.getInt("answered"));
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      // Times are stored as epoch milliseconds in both databases.
      statement.setObject(i + 1, parameters[i] instanceof Instant instant ? instant.toEpochMilli() : parameters[i]);
    }
    return statement;
  }
}
