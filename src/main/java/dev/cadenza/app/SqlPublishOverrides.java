package dev.cadenza.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Overrides in the shared database, one row each, never updated, so every replica shows the same record. */
final class SqlPublishOverrides implements PublishOverrides {

  private static final ObjectMapper JSON = Json.mapper();
  private static final TypeReference<List<String>> CLAIMS = new TypeReference<>() {};

  private final Database database;
  private final Clock clock;

  SqlPublishOverrides(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  public Override record(String id, String contentHash, FactCheck check) {
    Override override = Override.of(id, contentHash, check, clock);
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO publish_overrides "
          + "(id, doc_id, content_hash, incorrect, disputed, published_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, id);
        insert.setString(3, contentHash);
        insert.setInt(4, override.incorrect());
        insert.setString(5, JSON.writeValueAsString(override.disputed()));
        insert.setString(6, override.at());
        insert.setLong(7, clock.millis());
        return insert.executeUpdate();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot encode the disputed claims of " + id, e);
      }
    });
    return override;
  }

  public Optional<Override> latest(String id) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT content_hash, incorrect, disputed, published_at "
          + "FROM publish_overrides WHERE doc_id = ? ORDER BY recorded_at DESC, id LIMIT 1")) {
        select.setString(1, id);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) return Optional.empty();
          return Optional.of(new Override(id, row.getString(1), row.getInt(2), JSON.readValue(row.getString(3), CLAIMS),
              row.getString(4)));
        }
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("unreadable disputed claims of " + id, e);
      }
    });
  }
}
