package dev.cadenza.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads every supported file below a corpus folder; a document's id is its relative path without extension. */
public final class CorpusLoader {

  /** Documents read, and files that could not be read with the reason for each. */
  public record Result(List<Document> documents, List<String> failures) {}

  private CorpusLoader() {}

  public static Result load(Path root) {
    if (!Files.isDirectory(root)) {
      throw new CorpusException("corpus folder not found: " + root.toAbsolutePath());
    }
    List<Document> documents = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        if (!DocumentParser.Format.supported(name) || name.startsWith(".")) {
          continue;
        }
        try {
          documents.add(DocumentParser.parse(idOf(root, file), name, Files.readAllBytes(file)));
        } catch (CorpusException | IOException e) {
          failures.add(root.relativize(file) + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list corpus folder " + root, e);
    }
    return new Result(documents, failures);
  }

  /** "harmony/cadences" for corpus/harmony/cadences.md, with forward slashes on every platform. */
  public static String idOf(Path root, Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    int dot = relative.lastIndexOf('.');
    return dot > relative.lastIndexOf('/') ? relative.substring(0, dot) : relative;
  }
}
