package dev.cadenza.learners;

import dev.cadenza.midi.voice.Rule;
import java.util.EnumMap;
import java.util.Map;

/**
 * The MIDI analyser's part-writing rules as the misconceptions breaking them reveals. Every rule maps to one; the
 * topics each misconception steers practice to (or that none does) are stated on {@link Misconception}.
 */
final class PartWriting {
  private static final Map<Rule, Misconception> BY_RULE = new EnumMap<>(Map.ofEntries(
      Map.entry(Rule.PARALLEL_FIFTHS, Misconception.PARALLEL_PERFECTS),
      Map.entry(Rule.PARALLEL_OCTAVES, Misconception.PARALLEL_PERFECTS),
      Map.entry(Rule.HIDDEN_FIFTHS, Misconception.HIDDEN_PERFECTS),
      Map.entry(Rule.HIDDEN_OCTAVES, Misconception.HIDDEN_PERFECTS),
      Map.entry(Rule.VOICE_CROSSING, Misconception.CROSSED_VOICES),
      Map.entry(Rule.VOICE_OVERLAP, Misconception.CROSSED_VOICES),
      Map.entry(Rule.SPACING, Misconception.WIDE_SPACING),
      Map.entry(Rule.RANGE, Misconception.VOICE_RANGE),
      Map.entry(Rule.LARGE_LEAP, Misconception.LARGE_LEAPS),
      Map.entry(Rule.UNRESOLVED_LEADING_TONE, Misconception.UNRESOLVED_LEADING_TONE),
      Map.entry(Rule.UNRESOLVED_SEVENTH, Misconception.UNRESOLVED_SEVENTH),
      Map.entry(Rule.FINAL_CADENCE, Misconception.NO_TONIC_ENDING)));

  private PartWriting() {}

  /** The misconception breaking this rule ("parallel-fifths") reveals; IllegalArgumentException for an unknown id. */
  static Misconception misconception(String ruleId) {
    Rule rule = Rule.byId(ruleId).orElseThrow(() -> new IllegalArgumentException("unknown part-writing rule: " + ruleId));
    Misconception m = BY_RULE.get(rule);
    if (m == null) {
      throw new IllegalStateException("part-writing rule " + ruleId + " maps to no misconception");
    }
    return m;
  }
}
