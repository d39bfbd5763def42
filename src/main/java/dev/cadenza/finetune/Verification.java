package dev.cadenza.finetune;

import java.util.Optional;

/** A pair with the verifier's verdicts on its answer, or the reason the verifier could not check it. */
record Verification(Pair pair, ClaimCounts claims, Optional<String> failure) {
  static Verification of(Pair pair, AnswerCheck check) {
    try {
      return new Verification(pair, check.check(pair.answer()), Optional.empty());
    } catch (RuntimeException checkFailed) {
      // One answer the verifier cannot read must not stop the build: it is dropped and reported in stats.
      return new Verification(pair, ClaimCounts.NONE, Optional.of(String.valueOf(checkFailed.getMessage())));
    }
  }

  /** Checked, with no claim found incorrect. */
  boolean passed() {
    return failure.isEmpty() && claims.incorrect() == 0;
  }
}
