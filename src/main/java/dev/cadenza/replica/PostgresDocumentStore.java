package dev.cadenza.replica;

import dev.cadenza.corpus.CorpusException;
import dev.cadenza.corpus.CorpusLoader;
import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.corpus.DocumentStore;
import dev.cadenza.corpus.Drafts;
import dev.cadenza.corpus.Library;
import dev.cadenza.store.Database;
import dev.cadenza.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.postgresql.PGConnection;

/**
 * Uploads in PostgreSQL, shared by every instance on one database: the published version of each (its original,
 * content hash and version) and a change log. A write holds a transaction-scoped advisory lock, so writers across
 * instances take turns and change numbers grow in commit order; its commit notifies {@value #CHANNEL}, which
 * {@link #awaitChanges} listens to. The shipped corpus stays in each instance's folder.
 */
public final class PostgresDocumentStore implements DocumentStore {

  static final String CHANNEL = "cadenza_documents";
  /** The advisory lock every curator write holds until it commits ("cadenza" in ASCII). */
  private static final long WRITE_LOCK = 0x63_61_64_65_6e_7a_61L;
  /** Most changes read at once; a follower further behind reads the rest on its next round. */
  private static final int CHANGES_PER_READ = 500;

  private final Database database;
  private final Library shipped;
  private final Drafts drafts;
  private final Clock clock;
  /** One waiting writer per instance, so writers queued for the database lock do not drain the pool. */
  private final ReentrantLock localWrites = new ReentrantLock();
  /** The follower's session with LISTEN active; reopened after a failure. */
  private Connection listening;

  public PostgresDocumentStore(Database database, Library shipped, Clock clock) {
    this.database = database;
    this.shipped = shipped;
    this.drafts = new PostgresDrafts(database, clock);
    this.clock = clock;
  }

  @Override
  public CorpusLoader.Result load() {
    CorpusLoader.Result files = shipped.load();
    List<Document> documents = new ArrayList<>(files.documents());
    List<String> failures = new ArrayList<>(files.failures());
    database.query(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id, file_name, original FROM curated_documents ORDER BY id")) {
        while (rows.next()) {
          try {
            documents.add(parse(rows.getString(1), rows.getString(2), rows.getString(3)));
          } catch (CorpusException e) {
            failures.add(rows.getString(1) + ": " + e.getMessage());
          }
        }
      }
      return null;
    });
    return new CorpusLoader.Result(documents, failures);
  }

  @Override
  public Optional<Document> published(String id) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT file_name, original FROM curated_documents WHERE id = ?")) {
        select.setString(1, id);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(parse(id, row.getString(1), row.getString(2))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public long position() {
    return database.query(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM document_changes")) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  @Override
  public List<Change> changesAfter(long seq) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT seq, doc_id FROM document_changes WHERE seq > ? ORDER BY seq LIMIT " + CHANGES_PER_READ)) {
        select.setLong(1, seq);
        List<Change> changes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) changes.add(new Change(rows.getLong(1), rows.getString(2)));
        }
        return changes;
      }
    });
  }

  /** Waits on the LISTEN session; returns after a notification or the timeout, whichever is first. */
  @Override
  public synchronized boolean awaitChanges(Duration timeout) {
    try {
      if (listening == null) {
        listening = database.connection();
        try (Statement listen = listening.createStatement()) {
          listen.execute("LISTEN " + CHANNEL);
        }
      }
      listening.unwrap(PGConnection.class).getNotifications((int) Math.max(1, timeout.toMillis()));
      return true;
    } catch (SQLException | StoreException e) {
      closeListening();
      throw new StoreException("cannot listen for document changes: " + e.getMessage(), e);
    }
  }

  @Override
  public Write begin() {
    localWrites.lock();
    Connection connection = null;
    try {
      connection = database.connection();
      connection.setAutoCommit(false);
      try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, WRITE_LOCK);
        lock.execute();
      }
      return new SqlWrite(connection, clock, localWrites::unlock);
    } catch (SQLException | RuntimeException e) {
      SqlWrite.closeQuietly(connection);
      localWrites.unlock();
      throw e instanceof RuntimeException failure ? failure
          : new StoreException("cannot begin a document write: " + e.getMessage(), e);
    }
  }

  @Override
  public Drafts drafts() {
    return drafts;
  }

  @Override
  public Map<String, Instant> lastChanged() {
    Map<String, Instant> changed = new HashMap<>(shipped.lastChanged());
    database.query(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id, changed_at FROM curated_documents")) {
        while (rows.next()) changed.put(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
      }
      return null;
    });
    return changed;
  }

  @Override
  public synchronized void close() {
    closeListening();
  }

  private void closeListening() {
    if (listening == null) return;
    try {
      listening.close();
    } catch (SQLException e) {
      // A broken session is dropped either way; the next wait opens a new one.
    }
    listening = null;
  }

  static Document parse(String id, String fileName, String original) {
    return DocumentParser.parse(id, fileName, decode(original));
  }

  static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] decode(String original) {
    return Base64.getDecoder().decode(original.getBytes(StandardCharsets.US_ASCII));
  }
}
