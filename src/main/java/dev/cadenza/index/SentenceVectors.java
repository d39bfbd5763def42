package dev.cadenza.index;

import dev.cadenza.corpus.Chunk;
import dev.cadenza.corpus.Sentences;
import dev.cadenza.embed.SpanEmbedder;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Embeds chunks with the sentences of each that an answer may quote, so that scoring them against a question
 * costs no model call beyond the question's own. Sentences are keyed by their text as {@link Sentences#split}
 * returns it; those too short to quote and table rows are skipped. With a {@link SpanEmbedder} a sentence's
 * vector is pooled from its chunk's own run of the model (its tokens read in the context of the passage), so the
 * sentences cost nothing extra; any other model embeds them one by one.
 */
final class SentenceVectors {

  private static final int MIN_WORDS = 4;
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+");

  private SentenceVectors() {}

  /** The vectors of each chunk and of its quotable sentences, in the chunks' order. */
  static ChunkIndex.Embedded embed(List<Chunk> chunks, EmbeddingModel embedder) {
    List<String> texts = chunks.stream().map(Chunk::embeddingText).toList();
    if (!(embedder instanceof SpanEmbedder spans && spans.embedsSpans())) {
      return new ChunkIndex.Embedded(withoutSentences(chunks, embedder).chunks(),
          chunks.stream().map(c -> oneByOne(quotable(c), embedder)).toList());
    }
    List<List<String>> sentences = chunks.stream().map(SentenceVectors::quotable).toList();
    List<List<int[]>> offsets = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) offsets.add(offsets(texts.get(i), chunks.get(i).text(), sentences.get(i)));
    List<SpanEmbedder.SpannedVectors> embedded = spans.embedWithSpans(texts, offsets);
    List<float[]> vectors = new ArrayList<>(chunks.size());
    List<Map<String, float[]>> bySentence = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      vectors.add(embedded.get(i).whole());
      Map<String, float[]> own = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (int j = 0; j < sentences.get(i).size(); j++) {
        float[] v = embedded.get(i).spans().get(j);
        if (v == null) missing.add(sentences.get(i).get(j));
        else own.put(sentences.get(i).get(j), v);
      }
      // A sentence not found verbatim in its chunk, or in a chunk too long for one run, is embedded on its own.
      own.putAll(oneByOne(missing, embedder));
      bySentence.add(own);
    }
    return new ChunkIndex.Embedded(vectors, bySentence);
  }

  /** The vectors of the chunks alone, no sentence having one. */
  static ChunkIndex.Embedded withoutSentences(List<Chunk> chunks, EmbeddingModel embedder) {
    List<float[]> vectors = new ArrayList<>(chunks.size());
    embedder.embedAll(chunks.stream().map(c -> TextSegment.from(c.embeddingText())).toList()).content()
        .forEach(e -> vectors.add(e.vector()));
    return new ChunkIndex.Embedded(vectors, chunks.stream().map(c -> Map.<String, float[]>of()).toList());
  }

  /** The sentences of {@code chunk} worth embedding, in order, without duplicates. */
  static List<String> quotable(Chunk chunk) {
    return Sentences.split(chunk.text()).stream()
        .filter(s -> !s.startsWith("|") && Sentences.wordCount(s) >= MIN_WORDS)
        .distinct()
        .toList();
  }

  /** Where each sentence lies in the embedded text (which ends with the chunk's text); {0, 0} when not found. */
  private static List<int[]> offsets(String embedded, String chunk, List<String> sentences) {
    int base = embedded.length() - chunk.length();
    // The splitter reads a line break inside a paragraph as a space; so does the search, keeping every offset.
    String chunkText = chunk.replace('\n', ' ');
    List<int[]> offsets = new ArrayList<>(sentences.size());
    int from = 0;
    for (String sentence : sentences) {
      int at = chunkText.indexOf(sentence, from);
      if (at < 0) {
        offsets.add(new int[] {0, 0});
      } else {
        offsets.add(new int[] {base + at, base + at + sentence.length()});
        from = at + sentence.length();
      }
    }
    return offsets;
  }

  private static Map<String, float[]> oneByOne(List<String> sentences, EmbeddingModel embedder) {
    Map<String, float[]> vectors = new LinkedHashMap<>();
    if (sentences.isEmpty()) return vectors;
    List<TextSegment> segments = sentences.stream().map(s -> TextSegment.from(LIST_MARKER.matcher(s).replaceFirst(""))).toList();
    var embedded = embedder.embedAll(segments).content();
    for (int i = 0; i < sentences.size(); i++) vectors.put(sentences.get(i), embedded.get(i).vector());
    return vectors;
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
