package dev.cadenza.app;

import dev.cadenza.theory.verify.Verdict;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The record of documents published although the verifier found wrong facts in them, kept so that who published
 * what over the engine's objection stays on file: a file by default, the shared database for replicas.
 */
public interface PublishOverrides {

  /**
   * One override: the document, the exact text published (its content hash), and the claims the engine disputed.
   *
   * @param disputed each wrong claim as "claim → correction"
   * @param at when it was published, ISO-8601
   */
  record Override(String id, String contentHash, int incorrect, List<String> disputed, String at) {

    /** The override of {@code id} published now with the wrong claims of {@code check}. */
    static Override of(String id, String contentHash, FactCheck check, Clock clock) {
      List<String> disputed = check.claims().stream().map(FactCheck.PlacedClaim::claim)
          .filter(c -> c.outcome() == Verdict.INCORRECT).map(c -> c.text() + " → " + c.correction()).toList();
      return new Override(id, contentHash, check.incorrect(), disputed, clock.instant().toString());
    }
  }

  /** Records the override of {@code id} published with these wrong claims. */
  Override record(String id, String contentHash, FactCheck check);

  /** The newest override of {@code id}, whatever text it was for. */
  Optional<Override> latest(String id);
}
