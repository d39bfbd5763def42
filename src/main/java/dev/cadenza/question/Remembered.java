package dev.cadenza.question;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function of a text, for the text's next reading: retrieval, the composer and the follow-ups
 * each read the same question, and the composer reads the same library sentences question after question. Emptied
 * when full. Unlike {@code computeIfAbsent} it lets the function call itself ("so what is X? and Y?" is read through
 * its first question).
 */
public final class Remembered<T> {

  private static final int MAX_TEXTS = 1024;

  private final Map<String, T> results = new ConcurrentHashMap<>();
  private final Function<String, T> function;
  private final int maxTexts;

  Remembered(Function<String, T> function) {
    this(function, MAX_TEXTS);
  }

  /** @param maxTexts how many texts are kept before all are forgotten */
  public Remembered(Function<String, T> function, int maxTexts) {
    this.function = function;
    this.maxTexts = maxTexts;
  }

  public T of(String text) {
    T result = results.get(text);
    if (result == null) {
      if (results.size() >= maxTexts) results.clear();
      result = function.apply(text);
      results.put(text, result);
    }
    return result;
  }
}
