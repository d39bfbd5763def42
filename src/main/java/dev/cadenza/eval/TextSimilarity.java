package dev.cadenza.eval;

/** Scores how close an answer is to its reference in meaning: 1 for the same, lower for further apart. */
@FunctionalInterface
public interface TextSimilarity {
  double similarity(String answer, String reference);
}
