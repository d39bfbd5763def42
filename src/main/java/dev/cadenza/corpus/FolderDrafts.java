package dev.cadenza.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Drafts kept as files in a folder of their own, apart from the library's, so no load or sync ever indexes one.
 */
public final class FolderDrafts implements Drafts {

  /** Names of drafts being written; hidden, and replaced atomically, so a reader never sees half a file. */
  private static final String STAGING_PREFIX = ".draft";

  private final Path folder;

  public FolderDrafts(Path folder) {
    this.folder = folder;
  }

  /** Keeps {@code bytes} as the draft of upload {@code id}, replacing any earlier draft of it. */
  @Override
  public void save(String id, String fileName, byte[] bytes) {
    String stem = stem(id);
    String extension = extension(fileName);
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, STAGING_PREFIX, extension);
      Files.write(temp, bytes);
      Path target = folder.resolve(stem + extension);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      for (Path other : files(stem)) {
        if (!other.equals(target)) Files.deleteIfExists(other);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the draft of " + id + " in " + folder, e);
    }
  }

  /** The draft of upload {@code id}, if one is waiting; a shipped document's id has none. */
  @Override
  public Optional<Draft> get(String id) {
    if (!id.startsWith(Library.UPLOAD_PREFIX)) {
      return Optional.empty();
    }
    return files(stem(id)).stream().findFirst().map(file -> {
      try {
        return new Draft(id, file.getFileName().toString(), Files.readAllBytes(file),
            Files.getLastModifiedTime(file).toInstant());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the draft " + file, e);
      }
    });
  }

  /** The ids of every waiting draft, sorted. */
  @Override
  public List<String> ids() {
    return list().map(file -> Library.UPLOAD_PREFIX + CorpusLoader.idOf(folder, file)).distinct().sorted().toList();
  }

  /** Deletes the draft of {@code id}; false when there was none. */
  @Override
  public boolean remove(String id) {
    if (!id.startsWith(Library.UPLOAD_PREFIX)) {
      return false;
    }
    boolean removed = false;
    for (Path file : files(stem(id))) {
      try {
        removed |= Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the draft " + file, e);
      }
    }
    return removed;
  }

  private List<Path> files(String stem) {
    return list().filter(file -> CorpusLoader.idOf(folder, file).equals(stem)).sorted().toList();
  }

  private Stream<Path> list() {
    if (!Files.isDirectory(folder)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static String stem(String id) {
    if (!id.startsWith(Library.UPLOAD_PREFIX) || id.contains("..") || id.indexOf('/', Library.UPLOAD_PREFIX.length()) >= 0) {
      throw new CorpusException("illegal upload id: " + id);
    }
    return id.substring(Library.UPLOAD_PREFIX.length());
  }

  private static String extension(String fileName) {
    DocumentParser.Format.of(fileName);
    return fileName.substring(fileName.lastIndexOf('.')).toLowerCase(Locale.ROOT);
  }
}
