package dev.cadenza.theory.verify;

import java.util.Comparator;
import java.util.List;

/** The claims found in a text, in order of position. */
public record VerificationReport(List<Claim> claims) {
  public VerificationReport {
    claims = claims.stream().sorted(Comparator.comparingInt(Claim::start)).toList();
  }

  /** Whether any claim was found to be wrong. */
  public boolean hasIncorrect() {
    return claims.stream().anyMatch(c -> c.outcome() == Verdict.INCORRECT);
  }

  /** The original text with every incorrect claim replaced by its correction. */
  public String corrected(String original) {
    StringBuilder text = new StringBuilder(original);
    for (int i = claims.size() - 1; i >= 0; i--) {
      Claim claim = claims.get(i);
      if (claim.correction() != null) {
        text.replace(claim.start(), claim.end(), claim.correction());
      }
    }
    return text.toString();
  }
}
