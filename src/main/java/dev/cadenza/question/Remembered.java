package dev.cadenza.question;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function of a question's text, for the question's next reading: retrieval, the composer and
 * the follow-ups each read the same question. Emptied when full. Unlike {@code computeIfAbsent} it lets the function
 * call itself ("so what is X? and Y?" is read through its first question).
 */
final class Remembered<T> {

  private static final int MAX_TEXTS = 1024;

  private final Map<String, T> results = new ConcurrentHashMap<>();
  private final Function<String, T> function;

  Remembered(Function<String, T> function) {
    this.function = function;
  }

  T of(String text) {
    T result = results.get(text);
    if (result == null) {
      if (results.size() >= MAX_TEXTS) results.clear();
      result = function.apply(text);
      results.put(text, result);
    }
    return result;
  }
}
