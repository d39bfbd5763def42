package dev.cadenza.finetune;

import java.util.List;
import java.util.Map;

/**
 * What a build produced, written to stats.json: no timings, so the same seed gives the same file.
 *
 * @param quotas records asked of each family
 * @param counts records kept per family and split
 * @param heldOut the eval subjects of each family
 * @param claims the verifier's verdicts over every checked answer (kept and dropped)
 * @param dropped answers with an incorrect claim, left out
 * @param droppedExamples the first few dropped answers, for debugging
 * @param unverifiable answers the verifier failed on (it threw), left out
 * @param unverifiableExamples the first few of those, with the verifier's message
 * @param duplicates draws skipped because their normalised question was already taken
 * @param unusable draws the engine could not realise (triple accidentals, no cadence reading)
 * @param excludedFrom the evaluation question file read for exclusion, or "none"
 * @param excludedQuestions how many questions and follow-ups it holds
 * @param excludedAnswers how many reference answers it holds
 * @param evalOverlaps records dropped for repeating one of those questions or answers
 */
public record DatasetStats(long seed, int size, Map<Family, Integer> quotas, Map<Family, Map<Split, Integer>> counts,
    HeldOut heldOut, String verifier, int checked, ClaimCounts claims, int dropped, List<String> droppedExamples,
    int unverifiable, List<String> unverifiableExamples, int duplicates, int unusable, String excludedFrom,
    int excludedQuestions, int excludedAnswers, int evalOverlaps) {

  public int total(Split split) {
    return counts.values().stream().mapToInt(m -> m.getOrDefault(split, 0)).sum();
  }
}
