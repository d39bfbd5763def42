package dev.cadenza.app;

import dev.cadenza.theory.qa.Intent;
import dev.cadenza.theory.qa.TheoryAnswer;
import dev.cadenza.theory.verify.VerificationReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON shapes of theory answers and verification reports, shared by the CLI and the HTTP API. */
public final class TheoryJson {

  static final String NOT_COMPUTABLE =
      "not a question the theory engine can compute (chord spellings, chord names, intervals, scales, keys,"
          + " Roman numerals); ask it with 'cadenza ask' or POST /api/ask instead";

  private TheoryJson() {}

  /**
   * {"question", "intent", "answer", "notes", ...details, "results": [one typed result per query asked]} or,
   * when nothing was computed, "answer": null and a "message".
   */
  public static Map<String, Object> of(String question, Optional<TheoryAnswer> answer) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("question", question);
    if (answer.isEmpty()) {
      json.put("intent", Intent.CONCEPTUAL.label());
      json.put("answer", null);
      json.put("notes", List.of());
      json.put("message", NOT_COMPUTABLE);
      return json;
    }
    TheoryAnswer a = answer.get();
    json.put("intent", a.intent().label());
    json.put("answer", a.answer());
    json.put("notes", a.notes());
    a.details().forEach(json::putIfAbsent);
    if (!a.results().isEmpty()) {
      json.put("results", a.results());
    }
    return json;
  }

  /** {"claims": [...], "incorrect": bool} plus "corrected" (the text with wrong facts replaced) when a claim was wrong. */
  public static Map<String, Object> verification(VerificationReport report, String input) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("claims", report.claims());
    json.put("incorrect", report.hasIncorrect());
    if (report.hasIncorrect()) json.put("corrected", report.corrected(input));
    return json;
  }
}
