package dev.cadenza.replica;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.question.FollowUps;
import dev.cadenza.learners.SimulatedClock;
import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import dev.cadenza.store.StoreBackend;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Two replicas, each with its own connection pool to one database, continue each other's conversations. */
class SqlConversationsTest {

  private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void aFollowUpSentToTheOtherReplicaIsResolvedAgainstTheFirstQuestion() {
    DatabaseSettings settings = StoreBackend.newPostgresDatabase();
    try (Database a = Database.open(settings); Database b = Database.open(settings)) {
      FollowUps onA = new FollowUps(new SqlConversations(a, clock));
      FollowUps onB = new FollowUps(new SqlConversations(b, clock));
      onA.resolve("class-7", "whats a plagal cadence", q -> false);
      assertThat(onB.resolve("class-7", "and a deceptive one?", q -> false)).isEqualTo("whats a deceptive cadence");
      assertThat(onB.resolve("class-8", "and a deceptive one?", q -> false)).as("another conversation")
          .isEqualTo("and a deceptive one?");
    } finally {
      StoreBackend.dropPostgresDatabase(settings);
    }
  }

  @Test
  void aConversationIdleForADayIsForgotten() {
    DatabaseSettings settings = StoreBackend.newPostgresDatabase();
    try (Database database = Database.open(settings)) {
      SqlConversations conversations = new SqlConversations(database, clock);
      conversations.remember("class-7", new FollowUps.Turn("whats a plagal cadence", "plagal cadence"));
      clock.advance(SqlConversations.KEPT.minus(Duration.ofMinutes(1)));
      assertThat(conversations.last("class-7")).isEqualTo(new FollowUps.Turn("whats a plagal cadence", "plagal cadence"));
      clock.advance(Duration.ofMinutes(2));
      assertThat(conversations.last("class-7")).isNull();
    } finally {
      StoreBackend.dropPostgresDatabase(settings);
    }
  }
}
