package dev.cadenza.eval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import java.util.Objects;

/**
 * Embedding similarity: the cosine of the embeddings of answer and reference. With all-MiniLM-L6-v2
 * this is a sentence-level semantic score; it is not BERTScore, which matches token embeddings.
 */
public final class EmbeddingSimilarity implements TextSimilarity {

  private final EmbeddingModel model;

  public EmbeddingSimilarity(EmbeddingModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** With the all-MiniLM-L6-v2 model that Cadenza indexes with (it ships in a jar, no download). */
  public static EmbeddingSimilarity miniLm() {
    return new EmbeddingSimilarity(new AllMiniLmL6V2EmbeddingModel());
  }

  /** 0 when either text is blank: an empty answer shares no meaning with its reference. */
  @Override
  public double similarity(String answer, String reference) {
    if (answer.isBlank() || reference.isBlank()) return 0.0;
    var embeddings = model.embedAll(List.of(TextSegment.from(answer), TextSegment.from(reference))).content();
    return cosine(embeddings.get(0).vector(), embeddings.get(1).vector());
  }

  /** Cosine of two vectors of the same length; 0 when either is the zero vector. */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      normA += (double) a[i] * a[i];
      normB += (double) b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0.0 : dot / Math.sqrt(normA * normB);
  }
}
