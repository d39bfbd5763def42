package dev.cadenza.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Overrides as one JSON line each in a file, appended and never rewritten. */
public final class FilePublishOverrides implements PublishOverrides {

  private static final ObjectMapper JSON = Json.mapper();

  private final Path file;
  private final Clock clock;

  public FilePublishOverrides(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  public synchronized Override record(String id, String contentHash, FactCheck check) {
    Override override = Override.of(id, contentHash, check, clock);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, JSON.writeValueAsString(override) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the override of " + id + " in " + file, e);
    }
    return override;
  }

  public synchronized Optional<Override> latest(String id) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        Override override = read(lines.get(i));
        if (override != null && override.id().equals(id)) return Optional.of(override);
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** A line, or null for a line cut short by a crash while it was written. */
  private static Override read(String line) {
    try {
      return JSON.readValue(line, Override.class);
    } catch (JsonProcessingException torn) {
      return null;
    }
  }
}
