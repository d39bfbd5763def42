package dev.cadenza.embed;

import java.util.List;

/**
 * An embedding model that also embeds parts of a text in the context of the whole ("late chunking"): one run of
 * the model over the text gives the text's vector and, by pooling only the tokens inside a character span, the
 * vector of each part. A passage's sentences then cost no model call of their own.
 */
public interface SpanEmbedder {

  /**
   * @param whole the text's vector, as {@code embed(text)} gives it
   * @param spans one unit vector per requested span, in order; null for a span that holds no whole token, and
   *     every one null when the text is too long for one run
   */
  record SpannedVectors(float[] whole, List<float[]> spans) {}

  /** For each text, its vector and its spans' vectors; a span is {start, end} in characters, end exclusive. */
  List<SpannedVectors> embedWithSpans(List<String> texts, List<List<int[]>> spans);

  /** Whether {@link #embedWithSpans} works; a wrapper is a span embedder only when what it wraps is one. */
  default boolean embedsSpans() {
    return true;
  }
}
