package dev.cadenza.finetune;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers a pure function's results. Chord identification and Roman analysis try every reading, and
 * a dataset asks about the same few thousand chords again and again, so remembering keeps builds fast.
 */
final class Memo<K, V> {
  private final Map<K, V> values = new HashMap<>();
  private final Function<K, V> function;

  Memo(Function<K, V> function) {
    this.function = function;
  }

  V get(K key) {
    V value = values.get(key);
    if (value == null) {
      value = function.apply(key);
      values.put(key, value);
    }
    return value;
  }
}
