package dev.cadenza.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Uploads as files under the data folder, for one instance: the {@link Library}'s originals, staged and moved into
 * place at commit, and drafts in a folder of their own. There is no change feed; this process is the only writer.
 */
public final class FileDocumentStore implements DocumentStore {

  private final Library library;
  private final Drafts drafts;
  private final ReentrantLock writes = new ReentrantLock();

  public FileDocumentStore(Library library, Drafts drafts) {
    this.library = library;
    this.drafts = drafts;
    library.clearInterruptedUploads();
  }

  @Override
  public CorpusLoader.Result load() {
    return library.load();
  }

  @Override
  public Optional<Document> published(String id) {
    return library.original(id).map(file -> {
      try {
        return DocumentParser.parse(id, file.getFileName().toString(), Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    });
  }

  @Override
  public long position() {
    return 0;
  }

  @Override
  public List<Change> changesAfter(long seq) {
    return List.of();
  }

  @Override
  public boolean awaitChanges(Duration timeout) {
    return false;
  }

  @Override
  public Write begin() {
    writes.lock();
    return new FileWrite();
  }

  @Override
  public Drafts drafts() {
    return drafts;
  }

  @Override
  public Map<String, Instant> lastChanged() {
    return library.lastChanged();
  }

  @Override
  public void close() {
    // Nothing is held open between writes.
  }

  /** Stages the original at put and moves it into place at commit; a removal happens at once. */
  private final class FileWrite implements Write {
    private Library.StagedOriginal staged;

    @Override
    public void put(Document parsed, String fileName, byte[] bytes) {
      staged = library.stage(parsed, fileName, bytes);
    }

    @Override
    public boolean remove(String id) {
      return library.removeOriginal(id);
    }

    @Override
    public void commit() {
      if (staged != null) staged.commit();
      staged = null;
    }

    @Override
    public void close() {
      try {
        if (staged != null) staged.discard();
      } finally {
        writes.unlock();
      }
    }
  }
}
