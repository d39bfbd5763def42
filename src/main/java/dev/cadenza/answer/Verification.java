package dev.cadenza.answer;

import dev.cadenza.theory.verify.Claim;
import java.util.List;

/**
 * What the verifier found in a generated answer.
 *
 * @param corrected true when a wrong theory fact was replaced by the engine's value before the answer left
 */
public record Verification(List<Claim> claims, boolean corrected) {
  public Verification {
    claims = List.copyOf(claims);
  }
}
