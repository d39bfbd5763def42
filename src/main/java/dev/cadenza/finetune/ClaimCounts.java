package dev.cadenza.finetune;

/** How many claims of an answer the verifier found correct, incorrect or could not check. */
public record ClaimCounts(int correct, int incorrect, int unchecked) {
  public static final ClaimCounts NONE = new ClaimCounts(0, 0, 0);

  public ClaimCounts {
    if (correct < 0 || incorrect < 0 || unchecked < 0) {
      throw new IllegalArgumentException("illegal claim counts: " + correct + ", " + incorrect + ", " + unchecked
          + "; must be >= 0");
    }
  }

  public ClaimCounts plus(ClaimCounts other) {
    return new ClaimCounts(correct + other.correct, incorrect + other.incorrect, unchecked + other.unchecked);
  }
}
