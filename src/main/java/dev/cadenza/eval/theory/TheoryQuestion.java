package dev.cadenza.eval.theory;

import java.util.List;
import java.util.Objects;

/**
 * One computable question with the exact answer expected for each of its parts, in order. A part names the
 * query type it asks for ("spell_chord") and the values the answer must state ("D#", "F##", ...).
 */
public record TheoryQuestion(String question, List<Part> parts) {
  public TheoryQuestion {
    Objects.requireNonNull(question, "question");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("illegal question '" + question + "': no expected part");
    }
  }

  /** What one part of the question asks for and the values its answer must state, in order. */
  public record Part(String type, List<String> expect) {
    public Part {
      Objects.requireNonNull(type, "type");
      expect = List.copyOf(expect);
      if (expect.isEmpty()) {
        throw new IllegalArgumentException("illegal part of type " + type + ": nothing expected");
      }
    }
  }
}
