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
import java.util.stream.Stream;

/** Adds, replaces and removes curator documents: the original is kept in the library, then the index is updated. */
public final class Curator {

  /** What an ingestion did, file by file. */
  public record IngestSummary(List<String> added, List<String> updated, List<String> skipped, List<String> failed) {}

  private final Library library;
  private final ChunkIndex index;

  Curator(Library library, ChunkIndex index) {
    this.library = library;
    this.index = index;
  }

  /** Stores and indexes an uploaded file as {@code id}; identical content already indexed is reported, not re-indexed. */
  public Outcome put(String id, String fileName, byte[] bytes) {
    Document parsed = DocumentParser.parse(id, fileName, bytes);
    Map<String, String> hashes = index.documentHashes();
    String existing = hashes.get(id);
    if (parsed.contentHash().equals(existing)) {
      return new Outcome(Outcome.Kind.UNCHANGED, id, 0);
    }
    hashes.forEach((otherId, hash) -> {
      if (hash.equals(parsed.contentHash()) && !otherId.equals(id)) {
        throw new DuplicateDocumentException(otherId);
      }
    });
    library.store(parsed, fileName, bytes);
    int chunks = index.put(parsed);
    return new Outcome(existing == null ? Outcome.Kind.ADDED : Outcome.Kind.UPDATED, id, chunks);
  }

  /** Removes an uploaded document's original and chunks; false when no such document exists. */
  public boolean delete(String id) {
    boolean hadOriginal = library.removeOriginal(id);
    return index.delete(id) || hadOriginal;
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
