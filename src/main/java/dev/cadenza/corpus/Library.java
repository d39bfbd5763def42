package dev.cadenza.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All documents Cadenza answers from: the shipped corpus folder plus documents curators added,
 * whose original files are kept under the uploads folder (id prefix {@value #UPLOAD_PREFIX}) so the
 * index can always be rebuilt from source.
 */
public final class Library {

  public static final String UPLOAD_PREFIX = "uploads/";

  /** Names of originals being written; hidden, so the loader never reads one. */
  private static final String STAGING_PREFIX = ".upload";

  private final Path corpusDir;
  private final Path uploadsDir;

  public Library(Path corpusDir, Path uploadsDir) {
    this.corpusDir = corpusDir;
    this.uploadsDir = uploadsDir;
  }

  /** The shipped corpus alone, for instances whose uploads live in a database. */
  public static Library shippedOnly(Path corpusDir) {
    return new Library(corpusDir, null);
  }

  /** Every readable document of both folders; unreadable files are listed as failures. */
  public CorpusLoader.Result load() {
    CorpusLoader.Result shipped = CorpusLoader.load(corpusDir);
    if (uploadsDir == null || !Files.isDirectory(uploadsDir)) {
      return shipped;
    }
    CorpusLoader.Result uploaded = CorpusLoader.load(uploadsDir);
    List<Document> documents = new ArrayList<>(shipped.documents());
    uploaded.documents().forEach(d -> documents.add(withId(d, UPLOAD_PREFIX + d.id())));
    List<String> failures = new ArrayList<>(shipped.failures());
    failures.addAll(uploaded.failures());
    return new CorpusLoader.Result(documents, failures);
  }

  /**
   * Deletes originals whose upload was interrupted before its document was indexed (a crash, a kill). Call it when
   * opening, before any upload can be under way.
   */
  public void clearInterruptedUploads() {
    if (!Files.isDirectory(uploadsDir)) {
      return;
    }
    try (Stream<Path> files = Files.list(uploadsDir)) {
      for (Path stale : files.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
        Files.deleteIfExists(stale);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear interrupted uploads in " + uploadsDir, e);
    }
  }

  /** The id an uploaded file gets: "uploads/" + its name without extension, lower-cased and made URL-safe. */
  public static String uploadId(String fileName) {
    String base = Path.of(fileName).getFileName().toString();
    int dot = base.lastIndexOf('.');
    String stem = (dot > 0 ? base.substring(0, dot) : base).toLowerCase(Locale.ROOT);
    String slug = stem.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (slug.isEmpty()) {
      throw new CorpusException("cannot derive a document id from file name '" + fileName + "'");
    }
    return UPLOAD_PREFIX + slug;
  }

  /**
   * Writes the original file of an already parsed upload (its id must start with the upload prefix) to a hidden
   * staging file beside its final place. Nothing reads it until {@link StagedOriginal#commit()}, so an upload
   * interrupted before then leaves no document behind; {@link #clearInterruptedUploads()} deletes its file.
   */
  public StagedOriginal stage(Document document, String fileName, byte[] bytes) {
    String id = document.id();
    if (!id.startsWith(UPLOAD_PREFIX) || id.contains("..")) {
      throw new CorpusException("illegal upload id: " + id);
    }
    String extension = fileName.substring(fileName.lastIndexOf('.')).toLowerCase(Locale.ROOT);
    try {
      Files.createDirectories(uploadsDir);
      Path temp = Files.createTempFile(uploadsDir, STAGING_PREFIX, extension);
      Files.write(temp, bytes);
      return new StagedOriginal(id, temp, uploadsDir.resolve(id.substring(UPLOAD_PREFIX.length()) + extension));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store " + fileName + " in " + uploadsDir, e);
    }
  }

  /** An upload's original written beside its final place, waiting for its document to be indexed. */
  public final class StagedOriginal {
    private final String id;
    private final Path staged;
    private final Path target;

    private StagedOriginal(String id, Path staged, Path target) {
      this.id = id;
      this.staged = staged;
      this.target = target;
    }

    /** Moves the original into place atomically, then removes an earlier original of the same id in another format. */
    public void commit() {
      try {
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        for (Path other : originals(id)) {
          if (!other.equals(target)) Files.deleteIfExists(other);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot keep the original of " + id + " in " + uploadsDir, e);
      }
    }

    /** Deletes the staged file: the upload did not happen. */
    public void discard() {
      try {
        Files.deleteIfExists(staged);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + staged, e);
      }
    }
  }

  /** Deletes the original of an uploaded document; false when there is none. */
  public boolean removeOriginal(String id) {
    return original(id).map(path -> {
      try {
        return Files.deleteIfExists(path);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + path, e);
      }
    }).orElse(false);
  }

  /** The stored original file of an uploaded document. */
  public Optional<Path> original(String id) {
    return originals(id).stream().findFirst();
  }

  private List<Path> originals(String id) {
    if (!id.startsWith(UPLOAD_PREFIX) || !Files.isDirectory(uploadsDir)) {
      return List.of();
    }
    String stem = id.substring(UPLOAD_PREFIX.length());
    try (Stream<Path> files = Files.list(uploadsDir)) {
      return files.filter(p -> CorpusLoader.idOf(uploadsDir, p).equals(stem) && !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + uploadsDir, e);
    }
  }

  /** When each document's file last changed (shipped and uploaded), for listing the newest first. */
  public Map<String, Instant> lastChanged() {
    Map<String, Instant> changed = new HashMap<>();
    addModifiedTimes(corpusDir, "", changed);
    addModifiedTimes(uploadsDir, UPLOAD_PREFIX, changed);
    return changed;
  }

  private static void addModifiedTimes(Path root, String prefix, Map<String, Instant> changed) {
    if (root == null || !Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (DocumentParser.Format.supported(name) && !name.startsWith(".")) {
          changed.merge(prefix + CorpusLoader.idOf(root, file), Files.getLastModifiedTime(file).toInstant(), (a, b) -> a.isAfter(b) ? a : b);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static Document withId(Document d, String id) {
    return new Document(id, d.title(), d.topic(), d.level(), d.tags(), d.sources(), d.body(), d.contentHash());
  }
}
