package dev.cadenza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

  @Test
  void defaultsToSqliteInTheDataFolder() {
    DatabaseSettings settings = DatabaseSettings.fromEnvironment(Map.of(), Path.of("state"));
    assertThat(settings.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(settings.url()).endsWith(Path.of("state", "cadenza.db").toString());
  }

  @Test
  void takesAPostgresqlUrlWithCredentials() {
    DatabaseSettings settings = DatabaseSettings.fromEnvironment(Map.of("CADENZA_DB_URL", "jdbc:postgresql://db/cadenza",
        "CADENZA_DB_USER", "tutor", "CADENZA_DB_PASSWORD", "secret"), Path.of("state"));
    assertThat(settings.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(settings.user()).isEqualTo("tutor");
    assertThat(settings.toString()).doesNotContain("secret");
  }

  @Test
  void refusesOtherDatabases() {
    assertThatThrownBy(() -> DatabaseSettings.fromEnvironment(Map.of("CADENZA_DB_URL", "jdbc:mysql://db/x"), Path.of(".")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CADENZA_DB_URL");
  }

  @Test
  void keepsSqliteStateAcrossReopening(@TempDir Path data) {
    Database first = Database.open(Map.of(), data);
    first.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO learners (id, created_at) VALUES ('x', 1)"));
    Database reopened = Database.open(Map.of(), data);
    int rows = reopened.query(c -> {
      var result = c.createStatement().executeQuery("SELECT COUNT(*) FROM learners");
      result.next();
      return result.getInt(1);
    });
    assertThat(rows).isEqualTo(1);
  }
}
