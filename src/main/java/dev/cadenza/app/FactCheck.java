package dev.cadenza.app;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.cadenza.theory.verify.Claim;
import dev.cadenza.theory.verify.Verdict;
import dev.cadenza.theory.verify.Verifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The verifier's reading of a document before it is published: every checkable claim in its text with where it
 * stands, and how many the engine found wrong. A document with a wrong claim waits as a draft.
 *
 * @param claims every claim found, in text order; offsets are into the document's text (after front matter)
 * @param incorrect how many claims the engine computed differently
 */
public record FactCheck(List<PlacedClaim> claims, int incorrect) {

  /** A claim with its 1-based line and column in the document's text, so a curator can find it in the file. */
  public record PlacedClaim(@JsonUnwrapped Claim claim, int line, int column) {}

  public FactCheck {
    claims = List.copyOf(claims);
  }

  /** Checks {@code text} with {@code verifier}. */
  public static FactCheck of(Verifier verifier, String text) {
    List<PlacedClaim> placed = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int scanned = 0;
    int incorrect = 0;
    for (Claim claim : verifier.verify(text).claims()) {
      for (; scanned < claim.start(); scanned++) {
        if (text.charAt(scanned) == '\n') {
          line++;
          lineStart = scanned + 1;
        }
      }
      placed.add(new PlacedClaim(claim, line, claim.start() - lineStart + 1));
      if (claim.outcome() == Verdict.INCORRECT) incorrect++;
    }
    return new FactCheck(placed, incorrect);
  }

  /** Whether the document may be published without a curator's override. */
  public boolean passes() {
    return incorrect == 0;
  }
}
