package dev.cadenza.eval;

/** How many checkable claims in one answer a {@link FactChecker} judged correct and incorrect. */
public record FactCounts(int correct, int incorrect) {
  public static final FactCounts NONE = new FactCounts(0, 0);

  public FactCounts {
    if (correct < 0) throw new IllegalArgumentException("illegal correct: " + correct + ", must be >= 0");
    if (incorrect < 0) throw new IllegalArgumentException("illegal incorrect: " + incorrect + ", must be >= 0");
  }

  public int total() {
    return correct + incorrect;
  }

  public FactCounts plus(FactCounts other) {
    return new FactCounts(correct + other.correct, incorrect + other.incorrect);
  }
}
