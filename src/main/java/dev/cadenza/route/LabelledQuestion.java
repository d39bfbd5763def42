package dev.cadenza.route;

import dev.cadenza.theory.qa.Intent;
import java.util.Objects;

/** A question with the intent it asks for: a training example from the generator, or a held-out test case. */
public record LabelledQuestion(Intent intent, String question) {
  public LabelledQuestion {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(question, "question");
    if (question.isBlank()) {
      throw new IllegalArgumentException("illegal question: blank, must contain words (intent " + intent + ")");
    }
  }
}
