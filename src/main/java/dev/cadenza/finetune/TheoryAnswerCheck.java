package dev.cadenza.finetune;

import dev.cadenza.theory.verify.Claim;
import dev.cadenza.theory.verify.Verifier;

/** Re-checks answers with the theory engine's {@link Verifier}: every claim it finds, by verdict. */
public final class TheoryAnswerCheck implements AnswerCheck {
  private final Verifier verifier = new Verifier();

  @Override
  public ClaimCounts check(String answer) {
    int correct = 0;
    int incorrect = 0;
    int unchecked = 0;
    for (Claim claim : verifier.verify(answer).claims()) {
      switch (claim.outcome()) {
        case CORRECT -> correct++;
        case INCORRECT -> incorrect++;
        case UNCHECKED -> unchecked++;
      }
    }
    return new ClaimCounts(correct, incorrect, unchecked);
  }

  @Override
  public String name() {
    return "dev.cadenza.theory.Verifier";
  }
}
