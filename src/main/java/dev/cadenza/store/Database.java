package dev.cadenza.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Cadenza's SQL database: SQLite under the data folder by default, PostgreSQL when {@code CADENZA_DB_URL} names one.
 * Opening it applies the Flyway migrations in {@code db/migration} (V1–V49 learners, V50–V69 curation, V70 on curator documents and replicas), so every
 * repository finds the current schema. Repositories run their statements through {@link #inTransaction} (writes: all
 * or nothing) and {@link #query} (reads).
 */
public final class Database implements AutoCloseable {

  /** The classpath folder Flyway reads; one schema for both dialects. */
  static final String MIGRATIONS = "classpath:db/migration";
  /** Connections held: enough for concurrent readers; SQLite writers take turns whatever the size. */
  private static final int POOL_SIZE = 8;
  /** How long a SQLite writer waits for another to finish before giving up. */
  private static final int SQLITE_BUSY_TIMEOUT_MS = 30_000;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String description;

  private Database(DataSource dataSource, Dialect dialect, String description) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.description = description;
  }

  /** The database the environment names, or SQLite in {@code dataDir}, migrated. */
  public static Database open(Map<String, String> env, Path dataDir) {
    return open(DatabaseSettings.fromEnvironment(env, dataDir));
  }

  /**
   * The database at these settings, migrated, behind a connection pool. The pool also keeps SQLite connections
   * open: when the last connection to a WAL database closes, SQLite checkpoints and deletes the log.
   */
  public static Database open(DatabaseSettings settings) {
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(settings.dialect() == Dialect.SQLITE ? sqlite(settings.url()) : postgresql(settings));
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setPoolName("cadenza-db");
    HikariDataSource source;
    try {
      source = new HikariDataSource(pool);
    } catch (RuntimeException e) { // Hikari's pool initialisation fails fast when no connection can be made
      throw new StoreException("cannot connect to the database at " + settings.displayUrl() + ": " + e.getMessage(), e);
    }
    try {
      return migrated(source, settings.dialect(), settings.displayUrl());
    } catch (StoreException e) {
      source.close();
      throw e;
    }
  }

  /** A database over a data source made elsewhere (a test server, a pool), migrated. */
  public static Database migrated(DataSource source, Dialect dialect, String description) {
    try {
      // Learner migrations (V1-V49) may be added after curation's V50 has run on a database: apply them late.
      Flyway.configure().dataSource(source).locations(MIGRATIONS).outOfOrder(true).load().migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the database at " + description, e);
    }
    return new Database(source, dialect, description);
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("database write failed at " + description + ": " + e.getMessage(), e);
    }
  }

  /** Runs read-only {@code work} on a connection of its own, without holding a write lock. */
  public <T> T query(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("database read failed at " + description + ": " + e.getMessage(), e);
    }
  }

  /**
   * A connection of the caller's own, for a session that outlives one statement (a lock held across a write, a
   * LISTEN); the caller closes it.
   */
  public Connection connection() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new StoreException("cannot connect to the database at " + description + ": " + e.getMessage(), e);
    }
  }

  /** Whether a connection can be had and answers within {@code seconds}; for readiness checks. */
  public boolean reachable(int seconds) {
    try {
      return query(connection -> connection.isValid(seconds));
    } catch (StoreException e) {
      return false;
    }
  }

  /** Closes the pool's connections, when this database owns a pool. */
  @Override
  public void close() {
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
  }

  @Override
  public String toString() {
    return dialect + " " + description;
  }

  private static DataSource sqlite(String url) {
    Path file = Path.of(url.substring(DatabaseSettings.SQLITE_PREFIX.length()));
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder for " + file, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    // WAL lets readers go on while one writer commits; IMMEDIATE takes the write lock at BEGIN, so two writers wait
    // their turn (busy timeout) instead of failing when both try to upgrade a read lock. With WAL, NORMAL sync keeps
    // every committed transaction through a killed process; only a power cut may lose the last few.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(url);
    return source;
  }

  private static DataSource postgresql(DatabaseSettings settings) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(settings.url());
    if (settings.user() != null) {
      source.setUser(settings.user());
    }
    if (settings.password() != null) {
      source.setPassword(settings.password());
    }
    return source;
  }
}
