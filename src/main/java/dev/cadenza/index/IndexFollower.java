package dev.cadenza.index;

import dev.cadenza.corpus.CorpusLoader;
import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentStore;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's index, derived state, in step with the document store: a full sync at start, then every
 * change committed since, applied in order. A store with a change feed is followed on a daemon thread that wakes on
 * each notification and at least every {@link #POLL}, so a lost notification delays a change by one poll at most.
 */
public final class IndexFollower implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);
  /** The longest a change waits when its notification was lost; also the retry pause after a failure. */
  static final Duration POLL = Duration.ofSeconds(1);

  private final ChunkIndex index;
  private final DocumentSync sync;
  private final DocumentStore store;
  private final CountDownLatch closed = new CountDownLatch(1);
  /** The newest change this index reflects. */
  private long applied;
  private Thread follower;

  public IndexFollower(ChunkIndex index, DocumentSync sync, DocumentStore store) {
    this.index = index;
    this.sync = sync;
    this.store = store;
  }

  /** Makes the index hold exactly the store's documents, and follows the feed from where it stood before reading. */
  public synchronized SyncReport syncAll(Progress progress) {
    long position = store.position();
    CorpusLoader.Result loaded = store.load();
    loaded.failures().forEach(failure -> LOG.warn("skipped {}", failure));
    SyncReport report = sync.sync(loaded.documents(), progress);
    applied = position;
    return report;
  }

  /** Applies every change committed since the last one applied; returns how many documents it touched. */
  public synchronized int catchUp() {
    List<DocumentStore.Change> changes = store.changesAfter(applied);
    Set<String> touched = new LinkedHashSet<>();
    changes.forEach(change -> touched.add(change.docId()));
    touched.forEach(this::reconcile);
    if (!changes.isEmpty()) applied = changes.getLast().seq();
    return touched.size();
  }

  /** Makes the index hold document {@code id} as the store has it now (its published version, or nothing). */
  public synchronized void reconcile(String id) {
    Optional<Document> published = store.published(id);
    String indexed = index.documentHashes().get(id);
    if (published.isEmpty()) {
      if (indexed != null) index.delete(id);
    } else if (!published.get().contentHash().equals(indexed)) {
      sync.put(published.get());
    }
  }

  /** Starts following the store's change feed, once; a store without a feed leaves the thread nothing to do. */
  public synchronized void start() {
    if (follower == null) {
      follower = Thread.ofPlatform().daemon().name("index-follower").start(this::follow);
    }
  }

  private void follow() {
    while (closed.getCount() > 0) {
      try {
        if (!store.awaitChanges(POLL)) return;
        if (closed.getCount() > 0) catchUp();
      } catch (RuntimeException e) {
        LOG.warn("following document changes failed, retrying in {}: {}", POLL, e.getMessage());
        if (pausedUntilClosed()) return;
      }
    }
  }

  /** Waits one poll, or less when closed meanwhile; true when closed. */
  private boolean pausedUntilClosed() {
    try {
      return closed.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** Stops following and waits for the follower to finish the change it is applying. */
  @Override
  public void close() {
    closed.countDown();
    Thread running;
    synchronized (this) {
      running = follower;
    }
    if (running != null) {
      try {
        running.join(POLL.toMillis() * 5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
