package dev.cadenza.finetune;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a build saw while drawing: questions taken, verdicts, and what was skipped or dropped. */
final class Tally {
  /** Dropped and unverifiable answers kept in stats for debugging. */
  static final int EXAMPLES = 20;

  final Set<String> questions = new HashSet<>();
  /** Verdicts by answer text. */
  final Map<String, Verification> verifications = new HashMap<>();
  final List<String> droppedExamples = new ArrayList<>();
  final List<String> unverifiableExamples = new ArrayList<>();
  ClaimCounts claims = ClaimCounts.NONE;
  int checked;
  int dropped;
  int unverifiable;
  int duplicates;
  int unusable;
  int evalOverlaps;

  /** Counts the verification of a pair's answer; true when the pair is kept. */
  boolean record(Pair pair, Verification v) {
    String label = pair.family().label() + ": ";
    if (v.failure().isPresent()) {
      unverifiable++;
      note(unverifiableExamples, label + v.failure().get() + " :: " + pair.answer());
      return false;
    }
    checked++;
    claims = claims.plus(v.claims());
    if (!v.passed()) {
      dropped++;
      note(droppedExamples, label + pair.answer());
    }
    return v.passed();
  }

  private static void note(List<String> examples, String example) {
    if (examples.size() < EXAMPLES) {
      examples.add(example);
    }
  }
}
