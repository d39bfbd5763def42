package dev.cadenza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class DatabaseTest extends DatabaseContract {

  @Test
  void commitsWorkThatReturns() {
    database.inTransaction(c -> insertLearner(c, "a"));
    assertThat(countLearners()).isEqualTo(1);
  }

  @Test
  void rollsBackEveryStatementOfWorkThatThrows() {
    assertThatThrownBy(() -> database.inTransaction(c -> {
      insertLearner(c, "b");
      insertLearner(c, "b"); // the primary key refuses the second row
      return null;
    })).isInstanceOf(StoreException.class).hasMessageContaining("write failed");
    assertThat(countLearners()).isZero();
  }

  @Test
  void rollsBackWhenTheCallerThrows() {
    assertThatThrownBy(() -> database.inTransaction(c -> {
      insertLearner(c, "c");
      throw new IllegalStateException("changed my mind");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(countLearners()).isZero();
  }

  @Test
  void reportsItsDialect() {
    assertThat(database.dialect().name()).isEqualTo(backend.name());
  }

  private Integer insertLearner(java.sql.Connection c, String id) throws java.sql.SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO learners (id, created_at) VALUES (?, ?)")) {
      insert.setString(1, id);
      insert.setLong(2, 1L);
      return insert.executeUpdate();
    }
  }

  private int countLearners() {
    return database.query(c -> {
      try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM learners");
          ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    });
  }
}
