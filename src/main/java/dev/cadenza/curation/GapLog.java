package dev.cadenza.curation;

import dev.cadenza.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Questions the library answered badly, grouped by meaning, for curators to fill: each group with how often it was
 * asked, when, in which wordings, near which documents, under which level and topic filters. A curator marks a
 * group covered by a document or dismisses it; a covered group that is asked about badly again opens again.
 */
public final class GapLog {

  /** Why a question is a gap. */
  public enum Reason {
    /** The answer said the library does not cover it. */
    UNCOVERED,
    /** An answer was given, but its best passage was only weakly related. */
    WEAK;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A group's state: open for curators, covered by a document, or dismissed as not worth a document. */
  public enum Status {
    OPEN, COVERED, DISMISSED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The status named in a request, or an error listing the choices. */
    public static Status of(String label) {
      for (Status status : values()) {
        if (status.label().equals(label)) return status;
      }
      throw new IllegalArgumentException("status must be open, covered or dismissed, not '" + label + "'");
    }
  }

  /** One badly answered question as recorded: normalised text and what the request asked for, nothing about who. */
  record Gap(String question, Reason reason, List<String> nearest, String level, String topic) {}

  /**
   * A group of gap questions.
   *
   * @param question the first wording seen
   * @param wordings the newest distinct wordings, newest first (at most {@link #WORDINGS_SHOWN})
   * @param nearest the documents nearest the newest question, best first
   */
  public record GapGroup(String id, String question, int count, String firstAsked, String lastAsked, String status,
      String coveredBy, List<String> reasons, List<String> wordings, List<String> nearest, List<String> levels,
      List<String> topics) {}

  static final int WORDINGS_SHOWN = 5;

  private final Supplier<Database> database;

  GapLog(Supplier<Database> database) {
    this.database = database;
  }

  /** Records a gap in the caller's transaction; a group covered earlier opens again, since the gap is back. */
  void insert(Connection connection, String groupId, Gap gap, long now) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gap_questions"
        + " (id, group_id, question, reason, nearest, level, topic, asked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      statement.setString(1, UUID.randomUUID().toString());
      statement.setString(2, groupId);
      statement.setString(3, gap.question());
      statement.setString(4, gap.reason().label());
      statement.setString(5, String.join(",", gap.nearest()));
      statement.setString(6, gap.level());
      statement.setString(7, gap.topic());
      statement.setLong(8, now);
      statement.executeUpdate();
    }
    try (PreparedStatement reopen = connection.prepareStatement(
        "UPDATE question_groups SET gap_status = ?, covered_by = NULL WHERE id = ? AND gap_status = ?")) {
      reopen.setString(1, Status.OPEN.label());
      reopen.setString(2, groupId);
      reopen.setString(3, Status.COVERED.label());
      reopen.executeUpdate();
    }
  }

  /** Groups in {@code status}, most asked first, then most recently asked; at most {@code limit}. */
  public List<GapGroup> groups(Status status, int limit) {
    return database.get().query(connection -> {
      List<GapGroup> groups = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement("SELECT g.id, g.label, g.gap_status, g.covered_by,"
          + " COUNT(q.id), MIN(q.asked_at), MAX(q.asked_at) FROM question_groups g JOIN gap_questions q ON q.group_id = g.id"
          + " WHERE g.gap_status = ? GROUP BY g.id, g.label, g.gap_status, g.covered_by"
          + " ORDER BY COUNT(q.id) DESC, MAX(q.asked_at) DESC, g.id LIMIT ?")) {
        statement.setString(1, status.label());
        statement.setInt(2, limit);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            groups.add(details(connection, rows.getString(1), rows.getString(2), rows.getInt(5), rows.getLong(6),
                rows.getLong(7), rows.getString(3), rows.getString(4)));
          }
        }
      }
      return groups;
    });
  }

  private static GapGroup details(Connection connection, String id, String label, int count, long first, long last,
      String status, String coveredBy) throws SQLException {
    Set<String> wordings = new LinkedHashSet<>(), reasons = new LinkedHashSet<>(), levels = new LinkedHashSet<>();
    Set<String> topics = new LinkedHashSet<>();
    List<String> nearest = null;
    try (PreparedStatement statement = connection.prepareStatement("SELECT question, reason, nearest, level, topic"
        + " FROM gap_questions WHERE group_id = ? ORDER BY asked_at DESC, id")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          if (wordings.size() < WORDINGS_SHOWN) wordings.add(rows.getString(1));
          reasons.add(rows.getString(2));
          if (nearest == null) nearest = rows.getString(3).isEmpty() ? List.of() : List.of(rows.getString(3).split(","));
          if (rows.getString(4) != null) levels.add(rows.getString(4));
          if (rows.getString(5) != null) topics.add(rows.getString(5));
        }
      }
    }
    return new GapGroup(id, label, count, Instant.ofEpochMilli(first).toString(), Instant.ofEpochMilli(last).toString(),
        status, coveredBy, List.copyOf(reasons), List.copyOf(wordings), nearest == null ? List.of() : nearest,
        List.copyOf(levels), List.copyOf(topics));
  }

  /** Marks a group covered by document {@code docId}; false when no gap group has that id. */
  public boolean markCovered(String groupId, String docId) {
    return setStatus(groupId, Status.COVERED, docId);
  }

  /** Dismisses a group: it stays on record but off the open list; false when no gap group has that id. */
  public boolean dismiss(String groupId) {
    return setStatus(groupId, Status.DISMISSED, null);
  }

  private boolean setStatus(String groupId, Status status, String coveredBy) {
    return database.get().inTransaction(connection -> {
      try (PreparedStatement statement = connection.prepareStatement("UPDATE question_groups SET gap_status = ?,"
          + " covered_by = ? WHERE id = ? AND EXISTS (SELECT 1 FROM gap_questions q WHERE q.group_id = question_groups.id)")) {
        statement.setString(1, status.label());
        statement.setString(2, coveredBy);
        statement.setString(3, groupId);
        return statement.executeUpdate() == 1;
      }
    });
  }
}
