package dev.cadenza.answer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a question-independent reading of a sentence gives, kept by the sentence's text: the same library sentences
 * are scored for question after question, and matching them against the planner's patterns each time cost more than
 * choosing among them. Emptied when it holds {@link #MAX_SENTENCES}, so the sentences of edited documents do not pile
 * up.
 */
final class PerSentence<T> {

  private static final int MAX_SENTENCES = 32_768;

  private final Map<String, T> values = new ConcurrentHashMap<>();
  private final Function<String, T> reading;

  PerSentence(Function<String, T> reading) {
    this.reading = reading;
  }

  T of(String text) {
    T value = values.get(text);
    if (value == null) {
      if (values.size() >= MAX_SENTENCES) values.clear();
      value = reading.apply(text);
      values.put(text, value);
    }
    return value;
  }
}
