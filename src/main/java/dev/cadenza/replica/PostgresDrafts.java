package dev.cadenza.replica;

import dev.cadenza.corpus.CorpusException;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.corpus.Drafts;
import dev.cadenza.corpus.Library;
import dev.cadenza.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Drafts in the shared database, so a curator sees and settles the same drafts on every instance. */
final class PostgresDrafts implements Drafts {

  private final Database database;
  private final Clock clock;

  PostgresDrafts(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public void save(String id, String fileName, byte[] bytes) {
    requireUploadId(id);
    DocumentParser.Format.of(fileName);
    database.inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM curated_drafts WHERE id = ?");
          PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO curated_drafts (id, file_name, original, saved_at) VALUES (?, ?, ?, ?)")) {
        delete.setString(1, id);
        delete.executeUpdate();
        insert.setString(1, id);
        insert.setString(2, fileName);
        insert.setString(3, PostgresDocumentStore.encode(bytes));
        insert.setLong(4, clock.millis());
        return insert.executeUpdate();
      }
    });
  }

  @Override
  public Optional<Draft> get(String id) {
    if (!id.startsWith(Library.UPLOAD_PREFIX)) return Optional.empty();
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT file_name, original, saved_at FROM curated_drafts WHERE id = ?")) {
        select.setString(1, id);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(new Draft(id, row.getString(1), PostgresDocumentStore.decode(row.getString(2)),
              Instant.ofEpochMilli(row.getLong(3)))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<String> ids() {
    return database.query(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id FROM curated_drafts ORDER BY id")) {
        List<String> ids = new ArrayList<>();
        while (rows.next()) ids.add(rows.getString(1));
        return ids;
      }
    });
  }

  @Override
  public boolean remove(String id) {
    if (!id.startsWith(Library.UPLOAD_PREFIX)) return false;
    return database.inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM curated_drafts WHERE id = ?")) {
        delete.setString(1, id);
        return delete.executeUpdate() > 0;
      }
    });
  }

  private static void requireUploadId(String id) {
    if (!id.startsWith(Library.UPLOAD_PREFIX) || id.contains("..")) {
      throw new CorpusException("illegal upload id: " + id);
    }
  }
}
