package dev.cadenza.answer;

import dev.cadenza.retrieve.RetrievedPassage;
import dev.cadenza.theory.qa.TheoryAnswer;
import java.util.List;
import java.util.Map;

/**
 * The answer to a question and everything it rests on: the cited passages (numbered as in the
 * text), every passage retrieval handed to the generator with its ranks, and how long each step took.
 *
 * @param intent what the question asks for, e.g. "chord_spelling" or "conceptual"
 * @param theory the theory engine's exact answer for a computable question, or null
 * @param fallback why the configured model did not answer, or null when it did
 * @param music a composed melody or a piano fingering (docs/piano.md), or null
 */
public record AskResult(
    String question,
    String answer,
    String backend,
    boolean covered,
    String intent,
    TheoryAnswer theory,
    List<Citation> citations,
    Verification verification,
    Map<String, Long> timingsMs,
    String fallback,
    List<RetrievedPassage> retrieved,
    Object music) {

  /** A result with no melody or fingering. */
  public AskResult(String question, String answer, String backend, boolean covered, String intent, TheoryAnswer theory,
      List<Citation> citations, Verification verification, Map<String, Long> timingsMs, String fallback,
      List<RetrievedPassage> retrieved) {
    this(question, answer, backend, covered, intent, theory, citations, verification, timingsMs, fallback, retrieved,
        null);
  }
}
