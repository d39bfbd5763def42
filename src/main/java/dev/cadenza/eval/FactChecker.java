package dev.cadenza.eval;

/**
 * Judges the checkable theory claims in an answer (chord spellings, intervals, key signatures and the
 * like). Claims it cannot check are not counted either way. Theory-fact accuracy is the share of all
 * counted claims, over the whole question set, that were correct.
 */
@FunctionalInterface
public interface FactChecker {
  FactCounts check(String answerText);
}
