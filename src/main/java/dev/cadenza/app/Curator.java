package dev.cadenza.app;

import dev.cadenza.corpus.CorpusException;
import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.corpus.Library;
import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Adds, replaces and removes curator documents, one write at a time: the existence check, the staged original and
 * the index change happen under one lock, so concurrent uploads of one id cannot both win. The original is staged,
 * the document indexed, and only then the original moved into place: a write interrupted at any point leaves the
 * file and the index agreeing after a restart (the next start drops an indexed document without an original).
 */
public final class Curator {

  /** Most chunks one document may make (about 600,000 words); more is refused before anything is embedded. */
  public static final int MAX_CHUNKS_PER_DOCUMENT = 2_000;

  /** What an ingestion did, file by file. */
  public record IngestSummary(List<String> added, List<String> updated, List<String> skipped, List<String> failed) {}

  private final Library library;
  private final ChunkIndex index;
  private final ReentrantLock writes = new ReentrantLock();

  Curator(Library library, ChunkIndex index) {
    this.library = library;
    this.index = index;
  }

  /** Stores and indexes a new document as {@code id}; an id already indexed is a {@link DocumentExistsException}. */
  public Outcome add(String id, String fileName, byte[] bytes) {
    return write(id, fileName, bytes, true);
  }

  /** Stores and indexes an uploaded file as {@code id}; identical content already indexed is reported, not re-indexed. */
  public Outcome put(String id, String fileName, byte[] bytes) {
    return write(id, fileName, bytes, false);
  }

  private Outcome write(String id, String fileName, byte[] bytes, boolean mustBeNew) {
    Document parsed = DocumentParser.parse(id, fileName, bytes);
    writes.lock();
    try {
      Map<String, String> hashes = index.documentHashes();
      String existing = hashes.get(id);
      if (mustBeNew && existing != null) {
        throw new DocumentExistsException(id);
      }
      if (parsed.contentHash().equals(existing)) {
        return new Outcome(Outcome.Kind.UNCHANGED, id, 0);
      }
      hashes.forEach((otherId, hash) -> {
        if (hash.equals(parsed.contentHash()) && !otherId.equals(id)) {
          throw new DuplicateDocumentException(otherId);
        }
      });
      Library.StagedOriginal original = library.stage(parsed, fileName, bytes);
      int chunks;
      try {
        chunks = index.put(parsed, MAX_CHUNKS_PER_DOCUMENT);
      } catch (RuntimeException e) {
        original.discard();
        throw e;
      }
      original.commit();
      return new Outcome(existing == null ? Outcome.Kind.ADDED : Outcome.Kind.UPDATED, id, chunks);
    } finally {
      writes.unlock();
    }
  }

  /** Removes an uploaded document's chunks and original; false when no such document exists. */
  public boolean delete(String id) {
    writes.lock();
    try {
      // Index first: a crash between the two leaves an original that the next start indexes again, never a
      // searchable document without its original.
      boolean wasIndexed = index.delete(id);
      return library.removeOriginal(id) || wasIndexed;
    } finally {
      writes.unlock();
    }
  }

  /** Ingests files and folders (recursively); every file is attempted and its fate reported. */
  public IngestSummary ingest(List<Path> paths, Progress progress) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) throw new CorpusException("no such file or folder: " + path);
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).filter(p -> DocumentParser.Format.supported(p.getFileName().toString()))
            .sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
    }
    List<String> added = new ArrayList<>(), updated = new ArrayList<>(), skipped = new ArrayList<>(), failed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String name = file.getFileName().toString();
      try {
        Outcome outcome = put(Library.uploadId(name), name, Files.readAllBytes(file));
        switch (outcome.kind()) {
          case ADDED -> added.add(outcome.id());
          case UPDATED -> updated.add(outcome.id());
          case UNCHANGED -> skipped.add(outcome.id() + " (unchanged)");
        }
      } catch (DuplicateDocumentException e) {
        skipped.add(file + " (" + e.getMessage() + ")");
      } catch (CorpusException | IOException e) {
        failed.add(file + ": " + e.getMessage());
      }
      progress.update("ingesting", i + 1, files.size());
    }
    return new IngestSummary(added, updated, skipped, failed);
  }

  /** The result of one put. */
  public record Outcome(Kind kind, String id, int chunks) {
    public enum Kind { ADDED, UPDATED, UNCHANGED }
  }
}
