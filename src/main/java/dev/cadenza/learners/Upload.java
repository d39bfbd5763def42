package dev.cadenza.learners;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A learner's MIDI upload as the analyser saw it.
 *
 * @param issues how often each part-writing rule ("parallel-fifths") was broken in it; empty for a clean piece
 */
public record Upload(String id, String learnerId, Instant analysedAt, Map<String, Integer> issues) {

  public Upload {
    issues = Map.copyOf(issues);
  }

  /** How often the upload shows each misconception its issues reveal. */
  Map<Misconception, Integer> misconceptions() {
    Map<Misconception, Integer> shown = new EnumMap<>(Misconception.class);
    issues.forEach((rule, count) -> shown.merge(PartWriting.misconception(rule), count, Integer::sum));
    return shown;
  }
}
