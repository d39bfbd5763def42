package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.learners.Exercises;
import dev.cadenza.learners.JdbcLearnerRepository;
import dev.cadenza.learners.Practice;
import dev.cadenza.learners.PracticeItem;
import dev.cadenza.learners.Sources;
import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner's process killed with SIGKILL in the middle of practising: every answer it reported committed is still
 * there, no answer is half written (an item marked answered always has its attempt, and the reverse), and practice
 * goes on from where it stopped.
 */
class KillDuringPracticeTest {

  @Test
  void aKilledProcessLosesAtMostTheAnswerBeingWritten(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("cadenza.db");
    String learner;
    int reported;
    try (ChildProcess child = new ChildProcess(PracticeChild.class, temp.resolve("child.err"), file.toString())) {
      String first = child.awaitLine(line -> line.startsWith("learner "), Duration.ofSeconds(60));
      assertThat(first).as("child output: %s", child.output()).isNotNull();
      learner = first.substring("learner ".length());
      String line = child.awaitLine(l -> l.equals("answered 40"), Duration.ofSeconds(120));
      assertThat(line).as("child output: %s", child.output()).isNotNull();
      child.kill();
      reported = child.output().stream().filter(l -> l.startsWith("answered ")).mapToInt(
          l -> Integer.parseInt(l.substring("answered ".length()))).max().orElseThrow();
    }
    try (Database database = Database.open(DatabaseSettings.sqlite(file))) {
      int attempts = count(database, "SELECT COUNT(*) FROM attempts");
      assertThat(attempts).isGreaterThanOrEqualTo(reported);
      assertThat(count(database, "SELECT COUNT(*) FROM issued_items WHERE answered_at IS NOT NULL")).isEqualTo(attempts);
      assertThat(count(database, "SELECT COUNT(*) FROM attempts a JOIN issued_items i ON i.id = a.item_id"
          + " WHERE i.answered_at IS NOT NULL")).isEqualTo(attempts);
      JdbcLearnerRepository repository = new JdbcLearnerRepository(database);
      Practice practice = new Practice(repository, new Exercises(), Sources.topicDocuments(), Clock.systemUTC(), 9);
      assertThat(practice.progress(learner).itemsAnswered()).isEqualTo(attempts);
      PracticeItem next = practice.next(learner, Optional.empty());
      String expected = new Exercises().rebuild(repository.issued(next.itemId()).orElseThrow().itemKey()).expected();
      assertThat(practice.answer(learner, next.itemId(), expected).correct()).isTrue();
      assertThat(practice.progress(learner).itemsAnswered()).isEqualTo(attempts + 1);
    }
  }

  private static int count(Database database, String sql) {
    return database.query(c -> {
      try (var statement = c.createStatement(); var rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getInt(1);
      }
    });
  }
}
