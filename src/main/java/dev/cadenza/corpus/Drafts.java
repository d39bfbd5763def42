package dev.cadenza.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Uploads held back from publication because the verifier found a wrong fact in them. They are never indexed; they
 * stay until the curator publishes a fixed version, publishes anyway, or discards them.
 */
public interface Drafts {

  /** One held-back upload: its bytes as sent and the file name that tells its format. */
  record Draft(String id, String fileName, byte[] bytes, Instant saved) {}

  /** Keeps {@code bytes} as the draft of upload {@code id}, replacing any earlier draft of it. */
  void save(String id, String fileName, byte[] bytes);

  /** The draft of upload {@code id}, if one is waiting; a shipped document's id has none. */
  Optional<Draft> get(String id);

  /** The ids of every waiting draft, sorted. */
  List<String> ids();

  /** Deletes the draft of {@code id}; false when there was none. */
  boolean remove(String id);
}
