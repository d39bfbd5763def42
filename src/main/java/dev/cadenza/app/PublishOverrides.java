package dev.cadenza.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.theory.verify.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The record of documents published although the verifier found wrong facts in them: one JSON line per override,
 * appended and never rewritten, so who published what over the engine's objection stays on file.
 */
public final class PublishOverrides {

  /**
   * One override: the document, the exact text published (its content hash), and the claims the engine disputed.
   *
   * @param disputed each wrong claim as "claim → correction"
   * @param at when it was published, ISO-8601
   */
  public record Override(String id, String contentHash, int incorrect, List<String> disputed, String at) {}

  private static final ObjectMapper JSON = Json.mapper();

  private final Path file;
  private final Clock clock;

  public PublishOverrides(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** Appends the override of {@code id} published with these wrong claims. */
  public synchronized Override record(String id, String contentHash, FactCheck check) {
    List<String> disputed = check.claims().stream().map(FactCheck.PlacedClaim::claim)
        .filter(c -> c.outcome() == Verdict.INCORRECT).map(c -> c.text() + " → " + c.correction()).toList();
    Override override = new Override(id, contentHash, check.incorrect(), disputed, clock.instant().toString());
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, JSON.writeValueAsString(override) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the override of " + id + " in " + file, e);
    }
    return override;
  }

  /** The newest override of {@code id}, whatever text it was for. */
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
