package dev.cadenza.index;

import dev.cadenza.corpus.Chunk;
import dev.cadenza.corpus.Sentences;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sentences of a chunk that an answer may quote, embedded at index time so that scoring them against a
 * question costs no model call beyond the question's own. Sentences are keyed by their text as {@link
 * Sentences#split} returns it; those too short to quote and table rows are skipped, which saves about a
 * fifth of the work.
 */
final class SentenceVectors {

  /** Sentences per model call; they are sorted by length first, so a batch pads little. */
  private static final int BATCH = 64;
  private static final int MIN_WORDS = 4;
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+");

  private SentenceVectors() {}

  /** The sentences of {@code chunk} worth embedding, in order, without duplicates. */
  static List<String> quotable(Chunk chunk) {
    return Sentences.split(chunk.text()).stream()
        .filter(s -> !s.startsWith("|") && Sentences.wordCount(s) >= MIN_WORDS)
        .distinct()
        .toList();
  }

  /** One map per chunk from sentence to unit vector, embedded shortest first in batches. */
  static List<Map<String, float[]>> embed(List<Chunk> chunks, EmbeddingModel embedder) {
    List<List<String>> sentences = chunks.stream().map(SentenceVectors::quotable).toList();
    List<String> all = sentences.stream().flatMap(List::stream).distinct()
        .sorted(Comparator.comparingInt(String::length)).toList();
    Map<String, float[]> vectors = new LinkedHashMap<>();
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      List<TextSegment> segments = batch.stream().map(s -> TextSegment.from(LIST_MARKER.matcher(s).replaceFirst(""))).toList();
      var embedded = embedder.embedAll(segments).content();
      for (int i = 0; i < batch.size(); i++) vectors.put(batch.get(i), embedded.get(i).vector());
    }
    List<Map<String, float[]>> perChunk = new ArrayList<>(chunks.size());
    for (List<String> chunkSentences : sentences) {
      Map<String, float[]> own = new LinkedHashMap<>();
      chunkSentences.forEach(s -> own.put(s, vectors.get(s)));
      perChunk.add(own);
    }
    return perChunk;
  }

  /** The vectors end to end as little-endian floats, as one stored field holds them. */
  static byte[] encode(List<float[]> vectors) {
    int floats = vectors.stream().mapToInt(v -> v.length).sum();
    ByteBuffer bytes = ByteBuffer.allocate(floats * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (float[] v : vectors) {
      for (float f : v) bytes.putFloat(f);
    }
    return bytes.array();
  }

  /** {@code count} vectors of equal length read back from {@link #encode}'s bytes. */
  static List<float[]> decode(byte[] bytes, int offset, int length, int count) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
    int dimension = count == 0 ? 0 : length / Float.BYTES / count;
    List<float[]> vectors = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      float[] v = new float[dimension];
      for (int j = 0; j < dimension; j++) v[j] = buffer.getFloat();
      vectors.add(v);
    }
    return vectors;
  }
}
