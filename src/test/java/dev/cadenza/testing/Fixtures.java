package dev.cadenza.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the fixture corpus into a temp folder so tests can edit it freely. */
public final class Fixtures {
  private Fixtures() {}

  public static Path copyCorpus(Path target) {
    try {
      Path source = Path.of(Fixtures.class.getResource("/fixture-corpus").toURI());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path destination = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(destination);
          } else {
            Files.copy(file, destination);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
