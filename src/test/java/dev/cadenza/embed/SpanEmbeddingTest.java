package dev.cadenza.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentence vectors pooled from their passage's run of the real model ("late chunking"). */
class SpanEmbeddingTest {

  private static final String CADENCE = "A plagal cadence moves from IV to I.";
  private static final String SPELLING = "The German sixth is spelled Ab, C, Eb, F# in C minor.";
  private static final String PASSAGE = "Harmony\n" + CADENCE + " " + SPELLING;

  private static OnnxBatchEncoder encoder;

  @BeforeAll
  static void open() {
    encoder = OnnxBatchEncoder.allMiniLmL6V2(AllMiniLmL6V2EmbeddingModel::new);
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  private static int[] span(String part) {
    int at = PASSAGE.indexOf(part);
    return new int[] {at, at + part.length()};
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
    return dot;
  }

  @Test
  void theWholeTextsVectorIsItsPlainEmbedding() {
    var spanned = encoder.embedWithSpans(List.of(PASSAGE), List.of(List.of(span(CADENCE)))).getFirst();
    float[] plain = encoder.embed(List.of(PASSAGE)).getFirst();
    assertThat(cosine(spanned.whole(), plain)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void eachSentencesVectorIsUnitLengthAndNearestToThatSentenceAlone() {
    var spanned = encoder.embedWithSpans(List.of(PASSAGE), List.of(List.of(span(CADENCE), span(SPELLING)))).getFirst();
    List<float[]> alone = encoder.embed(List.of(CADENCE, SPELLING));

    assertThat(cosine(spanned.spans().get(0), spanned.spans().get(0))).isCloseTo(1.0, within(1e-5));
    assertThat(cosine(spanned.spans().get(0), alone.get(0))).isGreaterThan(cosine(spanned.spans().get(0), alone.get(1)));
    assertThat(cosine(spanned.spans().get(1), alone.get(1))).isGreaterThan(cosine(spanned.spans().get(1), alone.get(0)));
  }

  @Test
  void aSpanHoldingNoWholeTokenHasNoVector() {
    var spanned = encoder.embedWithSpans(List.of(PASSAGE), List.of(List.of(new int[] {0, 0}))).getFirst();
    assertThat(spanned.spans()).containsExactly((float[]) null);
  }
}
