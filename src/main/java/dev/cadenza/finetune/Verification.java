package dev.cadenza.finetune;

import java.util.Optional;

/** The verifier's verdicts on one answer text, or the reason it could not check it. */
record Verification(ClaimCounts claims, Optional<String> failure) {
  static Verification of(String answer, AnswerCheck check) {
    try {
      return new Verification(check.check(answer), Optional.empty());
    } catch (RuntimeException checkFailed) {
      // One answer the verifier cannot read must not stop the build: it is dropped and reported in stats.
      return new Verification(ClaimCounts.NONE, Optional.of(String.valueOf(checkFailed.getMessage())));
    }
  }

  /** Checked, with no claim found incorrect. */
  boolean passed() {
    return failure.isEmpty() && claims.incorrect() == 0;
  }
}
