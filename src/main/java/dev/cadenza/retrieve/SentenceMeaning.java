package dev.cadenza.retrieve;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the embedding model says about a passage's sentences: the question's vector and each quotable
 * sentence's vector, stored at index time.
 *
 * @param sentences vectors by sentence text as the corpus splitter returns it (list markers kept)
 */
public record SentenceMeaning(float[] question, Map<String, float[]> sentences) {

  /** Nothing known: every similarity is empty and the composer scores by words alone. */
  public static final SentenceMeaning NONE = new SentenceMeaning(new float[0], Map.of());

  public SentenceMeaning {
    sentences = Map.copyOf(sentences);
  }

  /** The sentence's vector, or null when it was not embedded. */
  public float[] vector(String sentence) {
    return sentences.get(sentence);
  }

  /** Cosine similarity of the question and the sentence, when the sentence has a vector. */
  public OptionalDouble similarity(String sentence) {
    float[] v = vector(sentence);
    return v == null || question.length != v.length ? OptionalDouble.empty() : OptionalDouble.of(cosine(question, v));
  }

  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
  }
}
