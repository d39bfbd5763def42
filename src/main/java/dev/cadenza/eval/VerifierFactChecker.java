package dev.cadenza.eval;

import dev.cadenza.theory.verify.Claim;
import dev.cadenza.theory.verify.Verifier;

/** Counts the theory engine's verdicts on the checkable claims of an answer; unchecked claims count for neither side. */
public final class VerifierFactChecker implements FactChecker {

  private final Verifier verifier = new Verifier();

  @Override
  public FactCounts check(String answerText) {
    int correct = 0;
    int incorrect = 0;
    for (Claim claim : verifier.verify(answerText).claims()) {
      switch (claim.verdict()) {
        case "correct" -> correct++;
        case "incorrect" -> incorrect++;
        default -> { }
      }
    }
    return new FactCounts(correct, incorrect);
  }
}
