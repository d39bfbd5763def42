package dev.cadenza.theory.qa;

import dev.cadenza.theory.query.QueryResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An exact answer computed by the theory engine: the intent it answers, a short explanatory sentence
 * or two, the notes involved (ASCII spelling, with octaves where they matter) and structured details
 * (symbol, intervals, key, numeral...) in insertion order, and for questions read as typed queries the
 * typed result of each query asked, in order.
 */
public record TheoryAnswer(Intent intent, String answer, List<String> notes, Map<String, Object> details,
    List<QueryResult> results) {
  /** The {@code details} key holding the sentence that corrected the question's false premise, when there was one. */
  public static final String CORRECTION = "correction";

  public TheoryAnswer {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(answer, "answer");
    if (answer.isBlank()) {
      throw new IllegalArgumentException("illegal answer: blank, must say something");
    }
    notes = List.copyOf(notes);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    results = List.copyOf(results);
  }

  /** An answer without typed results. */
  public TheoryAnswer(Intent intent, String answer, List<String> notes, Map<String, Object> details) {
    this(intent, answer, notes, details, List.of());
  }

  /** The query types answered, in order ("spell_chord", "count_notes"); empty for an untyped answer. */
  public List<String> types() {
    return results.stream().map(QueryResult::type).toList();
  }
}
