package dev.cadenza.llm;

import dev.cadenza.corpus.Level;

/**
 * What the system prompt adds when the student's level is known: who is reading and how to write for them. The
 * grounding rules stay first and unchanged; these lines only set the register, never what may be said.
 */
final class LevelInstructions {

  private LevelInstructions() {}

  /** The paragraph for {@code level}, or "" when the level is unknown (null). */
  static String of(Level level) {
    if (level == null) {
      return "";
    }
    return switch (level) {
      case BEGINNER -> """
          The student is a beginner in music theory. Write for them:
          - Use short sentences, at most four in all.
          - The first time you use a technical term (cadence, inversion, leading tone...), explain it in plain words \
          in a few words right after it.
          - Write no figured-bass numbers or other shorthand (6/4, V7, ii6/5) without saying in words what they mean.
          - The citation and exact-fact rules above still hold: keep note names and numbers exactly as given.""";
      case INTERMEDIATE -> """
          The student is at an intermediate level: they know scales, intervals, triads and Roman numerals, so use \
          those terms without explaining them; explain a rarer term briefly the first time you use it.""";
      case ADVANCED -> """
          The student is advanced: answer compactly, in precise technical terms, with Roman numerals and figures \
          as a theorist writes them, and do not explain basic vocabulary.""";
    };
  }
}
