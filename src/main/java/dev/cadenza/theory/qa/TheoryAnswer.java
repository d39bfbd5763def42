package dev.cadenza.theory.qa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An exact answer computed by the theory engine: the intent it answers, a short explanatory sentence
 * or two, the notes involved (ASCII spelling, with octaves where they matter) and structured details
 * (symbol, intervals, key, numeral...) in insertion order.
 */
public record TheoryAnswer(Intent intent, String answer, List<String> notes, Map<String, Object> details) {
  public TheoryAnswer {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(answer, "answer");
    if (answer.isBlank()) {
      throw new IllegalArgumentException("illegal answer: blank, must say something");
    }
    notes = List.copyOf(notes);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }
}
