package dev.cadenza.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where curator uploads live, and how an instance hears that another changed them. The index is derived from it:
 * rebuilt from {@link #load()} at start and kept in step by following {@link #changesAfter}. Files on one disk by
 * default ({@link FileDocumentStore}, no feed: one instance is the only writer); a shared database for replicas.
 */
public interface DocumentStore extends AutoCloseable {

  /** One committed change to an upload: published or deleted; {@code seq} grows in commit order. */
  record Change(long seq, String docId) {}

  /** Every document to answer from, shipped and uploaded, as published now; unreadable ones listed as failures. */
  CorpusLoader.Result load();

  /** The upload {@code id} as published now; empty when there is none. */
  Optional<Document> published(String id);

  /** The number of the newest change; read it before {@link #load()} and follow from it. */
  long position();

  /** Changes committed after {@code seq}, oldest first. */
  List<Change> changesAfter(long seq);

  /** Returns when a change may have been committed elsewhere, or after {@code timeout}; false when there is no feed. */
  boolean awaitChanges(Duration timeout);

  /** Begins a curator write, holding the store's write lock (across every instance) until the write is closed. */
  Write begin();

  /** Uploads held back for wrong facts. */
  Drafts drafts();

  /** When each document (shipped and uploaded) last changed, by id. */
  Map<String, Instant> lastChanged();

  @Override
  void close();

  /** One write: nothing in it is visible until {@link #commit()}; closing without committing undoes it. */
  interface Write extends AutoCloseable {

    /** Keeps the original of an already parsed upload as its new published version. */
    void put(Document parsed, String fileName, byte[] bytes);

    /** Removes a published upload (and, with a database, its draft); false when there was none. */
    boolean remove(String id);

    void commit();

    /** Releases the write lock, undoing an uncommitted write. */
    @Override
    void close();
  }
}
