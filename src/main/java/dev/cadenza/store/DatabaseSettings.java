package dev.cadenza.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database is: {@code CADENZA_DB_URL} (a {@code jdbc:postgresql://} URL, with {@code CADENZA_DB_USER} and
 * {@code CADENZA_DB_PASSWORD} when the URL does not carry them) or, when unset, SQLite at {@code <data>/cadenza.db}.
 *
 * @param url the JDBC URL
 * @param user the PostgreSQL user, or null to use the URL's
 * @param password the PostgreSQL password, or null to use the URL's
 */
public record DatabaseSettings(String url, String user, String password) {

  static final String SQLITE_PREFIX = "jdbc:sqlite:";
  static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
  /** The SQLite file's name inside the data folder. */
  public static final String SQLITE_FILE = "cadenza.db";

  public DatabaseSettings {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("illegal database URL: empty");
    }
    if (!url.startsWith(SQLITE_PREFIX) && !url.startsWith(POSTGRESQL_PREFIX)) {
      throw new IllegalArgumentException("illegal CADENZA_DB_URL: '" + url + "', must start with "
          + POSTGRESQL_PREFIX + "// (or " + SQLITE_PREFIX + ")");
    }
  }

  /** SQLite in this file. */
  public static DatabaseSettings sqlite(Path file) {
    return new DatabaseSettings(SQLITE_PREFIX + file.toAbsolutePath(), null, null);
  }

  /** The configured server, or SQLite in {@code dataDir}. */
  public static DatabaseSettings fromEnvironment(Map<String, String> env, Path dataDir) {
    String url = env.get("CADENZA_DB_URL");
    if (url == null || url.isBlank()) {
      return sqlite(dataDir.resolve(SQLITE_FILE));
    }
    return new DatabaseSettings(url.strip(), blankToNull(env.get("CADENZA_DB_USER")),
        blankToNull(env.get("CADENZA_DB_PASSWORD")));
  }

  public Dialect dialect() {
    return url.startsWith(SQLITE_PREFIX) ? Dialect.SQLITE : Dialect.POSTGRESQL;
  }

  /** The URL without credentials that may be in its query string, for logs and messages. */
  public String displayUrl() {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + displayUrl() + (user == null ? "" : ", user " + user) + "]";
  }
}
