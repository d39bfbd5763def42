package dev.cadenza.answer;

import dev.cadenza.index.StoredChunk;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the composer reads out of a chunk, computed once and reused: the same chunks are retrieved for question after
 * question, and reading their sentences again cost more than the rest of composing. The values must not depend on
 * the question. Emptied when it holds {@link #MAX_CHUNKS} chunks, so the chunks of edited documents do not pile up.
 */
final class PerChunk<T> {

  private static final int MAX_CHUNKS = 4096;

  private final Map<StoredChunk, T> values = new ConcurrentHashMap<>();
  private final Function<StoredChunk, T> reading;

  PerChunk(Function<StoredChunk, T> reading) {
    this.reading = reading;
  }

  T of(StoredChunk chunk) {
    if (values.size() >= MAX_CHUNKS) values.clear();
    return values.computeIfAbsent(chunk, reading);
  }
}
