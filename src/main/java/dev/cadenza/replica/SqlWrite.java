package dev.cadenza.replica;

import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentStore;
import dev.cadenza.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * One curator write in a PostgreSQL transaction that holds the write lock: the document row, its draft's removal
 * and the change log entry are written at once, seen by other instances only at commit, and the notification is
 * delivered with the commit. A process killed before the commit leaves nothing: the server rolls the session back.
 */
final class SqlWrite implements DocumentStore.Write {

  private final Connection connection;
  private final Clock clock;
  private final Runnable release;
  private boolean committed;

  SqlWrite(Connection connection, Clock clock, Runnable release) {
    this.connection = connection;
    this.clock = clock;
    this.release = release;
  }

  @Override
  public void put(Document parsed, String fileName, byte[] bytes) {
    long now = clock.millis();
    run(() -> {
      long version = nextVersion(parsed.id());
      String original = PostgresDocumentStore.encode(bytes);
      // Both statements take the same values in the same order: file_name, original, content_hash, version, changed_at, id.
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE curated_documents SET file_name = ?, original = ?, content_hash = ?, version = ?, changed_at = ? WHERE id = ?")) {
        if (bindRow(update, parsed, fileName, original, version, now).executeUpdate() == 0) {
          try (PreparedStatement insert = connection.prepareStatement("INSERT INTO curated_documents "
              + "(file_name, original, content_hash, version, changed_at, id) VALUES (?, ?, ?, ?, ?, ?)")) {
            bindRow(insert, parsed, fileName, original, version, now).executeUpdate();
          }
        }
      }
      deleteDraft(parsed.id());
      logChange(parsed.id(), version, false, now);
      return true;
    });
  }

  @Override
  public boolean remove(String id) {
    long now = clock.millis();
    return run(() -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM curated_documents WHERE id = ?")) {
        delete.setString(1, id);
        boolean existed = delete.executeUpdate() > 0;
        boolean hadDraft = deleteDraft(id);
        if (existed) logChange(id, nextVersion(id), true, now);
        return existed || hadDraft;
      }
    });
  }

  @Override
  public void commit() {
    run(() -> {
      connection.commit();
      committed = true;
      return true;
    });
  }

  @Override
  public void close() {
    try {
      if (!committed) connection.rollback();
    } catch (SQLException e) {
      // The session is closed next; the server rolls back whatever it still holds.
    } finally {
      closeQuietly(connection);
      release.run();
    }
  }

  private static PreparedStatement bindRow(PreparedStatement statement, Document parsed, String fileName, String original,
      long version, long now) throws SQLException {
    statement.setString(1, fileName);
    statement.setString(2, original);
    statement.setString(3, parsed.contentHash());
    statement.setLong(4, version);
    statement.setLong(5, now);
    statement.setString(6, parsed.id());
    return statement;
  }

  private long nextVersion(String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT COALESCE(MAX(version), 0) FROM document_changes WHERE doc_id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1) + 1;
      }
    }
  }

  private boolean deleteDraft(String id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM curated_drafts WHERE id = ?")) {
      delete.setString(1, id);
      return delete.executeUpdate() > 0;
    }
  }

  /** Numbers the change after the newest: safe because every writer holds the lock until it commits. */
  private void logChange(String id, long version, boolean deleted, long now) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO document_changes "
        + "(seq, doc_id, version, deleted, changed_at) SELECT COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ? FROM document_changes")) {
      insert.setString(1, id);
      insert.setLong(2, version);
      insert.setInt(3, deleted ? 1 : 0);
      insert.setLong(4, now);
      insert.executeUpdate();
    }
    try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('" + PostgresDocumentStore.CHANNEL + "', ?)")) {
      notify.setString(1, id);
      notify.execute();
    }
  }

  private <T> T run(SqlStep<T> step) {
    try {
      return step.run();
    } catch (SQLException e) {
      throw new StoreException("document write failed: " + e.getMessage(), e);
    }
  }

  private interface SqlStep<T> {
    T run() throws SQLException;
  }

  static void closeQuietly(Connection connection) {
    if (connection == null) return;
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing more can be done with a connection that will not close; the pool replaces it.
    }
  }
}
