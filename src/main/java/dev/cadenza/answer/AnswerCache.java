package dev.cadenza.answer;

import dev.cadenza.corpus.Level;
import dev.cadenza.index.Filter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Answers already composed, so that a question a whole class asks is composed once. An answer is kept for the library
 * generation it was composed on: once a document is added, changed or removed, every kept answer is stale. Only a
 * deterministic answerer's answers may be kept (the embedded composer's); a model's answer may differ each time and may
 * rest on the conversation's history.
 */
public final class AnswerCache {

  /** Keeps nothing: every question is answered afresh. */
  public static final AnswerCache NONE = new AnswerCache(0, () -> 0);

  public static final int DEFAULT_CAPACITY = 500;

  /** Everything an answer of the pipeline depends on besides the library: the question as resolved, and the options. */
  record Key(String question, int k, Filter filter, Level preferredLevel, List<String> context) {
    static Key of(String resolvedQuestion, AskRequest request) {
      return new Key(resolvedQuestion, request.k(), request.filter(), request.preferredLevel(), request.context());
    }
  }

  private record Kept(long generation, AskResult result) {}

  private final int capacity;
  private final LongSupplier generation;
  private final Map<Key, Kept> kept;

  /**
   * @param capacity the most answers kept; the least recently asked goes first
   * @param generation the library's generation, which changes whenever its documents may have
   */
  public AnswerCache(int capacity, LongSupplier generation) {
    if (capacity < 0) throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    this.capacity = capacity;
    this.generation = generation;
    this.kept = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The library's generation now; an answer composed from here on is put with it. */
  long generation() {
    return generation.getAsLong();
  }

  /** The answer kept for {@code key}, unless the library has changed since it was composed. */
  synchronized Optional<AskResult> get(Key key) {
    Kept hit = kept.get(key);
    if (hit == null) return Optional.empty();
    if (hit.generation() != generation()) {
      kept.remove(key);
      return Optional.empty();
    }
    return Optional.of(hit.result());
  }

  /** Keeps {@code result}, composed on library generation {@code composedOn}. */
  synchronized void put(Key key, long composedOn, AskResult result) {
    if (capacity == 0 || composedOn != generation()) return;
    kept.put(key, new Kept(composedOn, result));
    if (kept.size() > capacity) {
      kept.remove(kept.keySet().iterator().next());
    }
  }
}
