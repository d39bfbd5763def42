package dev.cadenza.replica;

import dev.cadenza.question.FollowUps;
import dev.cadenza.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each conversation's last turn in the shared database, so a follow-up is understood whichever replica the load
 * balancer sends it to. A turn older than {@link #KEPT} is forgotten, as the in-process memory forgets the least
 * recently used; old rows are deleted every {@link #PRUNE_EVERY} turns.
 */
public final class SqlConversations implements FollowUps.Memory {

  static final Duration KEPT = Duration.ofDays(1);
  private static final int PRUNE_EVERY = 1_000;

  private final Database database;
  private final Clock clock;
  private final AtomicLong remembered = new AtomicLong();

  public SqlConversations(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public FollowUps.Turn last(String conversationId) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT question, subject FROM conversation_turns WHERE conversation_id = ? AND updated_at > ?")) {
        select.setString(1, conversationId);
        select.setLong(2, clock.millis() - KEPT.toMillis());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? new FollowUps.Turn(row.getString(1), row.getString(2)) : null;
        }
      }
    });
  }

  @Override
  public void remember(String conversationId, FollowUps.Turn turn) {
    long now = clock.millis();
    database.inTransaction(connection -> {
      try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO conversation_turns "
          + "(conversation_id, question, subject, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (conversation_id) "
          + "DO UPDATE SET question = excluded.question, subject = excluded.subject, updated_at = excluded.updated_at")) {
        upsert.setString(1, conversationId);
        upsert.setString(2, turn.question());
        upsert.setString(3, turn.subject());
        upsert.setLong(4, now);
        upsert.executeUpdate();
      }
      if (remembered.incrementAndGet() % PRUNE_EVERY == 0) {
        try (PreparedStatement prune = connection.prepareStatement("DELETE FROM conversation_turns WHERE updated_at <= ?")) {
          prune.setLong(1, now - KEPT.toMillis());
          prune.executeUpdate();
        }
      }
      return null;
    });
  }
}
