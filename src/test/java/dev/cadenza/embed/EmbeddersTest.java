package dev.cadenza.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The candidate models run batched as langchain4j runs them alone, and name themselves to the index. */
class EmbeddersTest {

  @Test
  void bgeBatchedVectorsEqualTheLangchain4jModelsOnePerCall() throws Exception {
    BgeSmallEnV15QuantizedEmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
    List<String> texts = List.of("What is a German sixth?", "A plagal cadence is IV moving to I.",
        "F## and Bbb: double sharps & flats", "C");
    try (CachingEmbedder bge = Embedders.of(Embedders.Model.BGE_SMALL_EN_V15_Q)) {
      assertThat(bge.dimension()).isEqualTo(384);
      for (String text : texts) {
        float[] expected = reference.embed(text).content().vector();
        float[] batched = bge.embed(text).content().vector();
        for (int d = 0; d < expected.length; d++) {
          assertThat(batched[d]).as("%s, dimension %d", text, d).isCloseTo(expected[d], Offset.offset(2e-5f));
        }
      }
    }
  }

  @Test
  void eachModelGivesTheIndexADifferentName() throws Exception {
    try (CachingEmbedder miniLm = Embedders.allMiniLmL6V2()) {
      assertThat(miniLm.modelName()).isEqualTo("all-minilm-l6-v2");
    }
    assertThat(Embedders.Model.named(" BGE-small-en-v1.5-q")).isEqualTo(Embedders.Model.BGE_SMALL_EN_V15_Q);
  }

  @Test
  void anUnknownModelNameIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> Embedders.Model.named("word2vec")).hasMessageContaining("all-minilm-l6-v2");
  }

  @Test
  void theSettingNamesTheModelAndDefaultsToAllMiniLm() {
    assertThat(Embedders.Model.fromEnvironment(Map.of())).isEqualTo(Embedders.Model.ALL_MINILM_L6_V2);
    assertThat(Embedders.Model.fromEnvironment(Map.of("CADENZA_EMBEDDING", "all-MiniLM-L6-v2-q")))
        .isEqualTo(Embedders.Model.ALL_MINILM_L6_V2_Q);
    assertThatThrownBy(() -> Embedders.Model.fromEnvironment(Map.of("CADENZA_EMBEDDING", "minilm")))
        .hasMessageContaining("CADENZA_EMBEDDING").hasMessageContaining("all-minilm-l6-v2-q");
  }

  @Test
  void theQuantizedMiniLmStaysCloseToTheFullModel() throws Exception {
    List<String> texts = List.of("What is a German sixth?", "A plagal cadence is IV moving to I.");
    try (CachingEmbedder full = Embedders.allMiniLmL6V2();
         CachingEmbedder quantized = Embedders.of(Embedders.Model.ALL_MINILM_L6_V2_Q)) {
      assertThat(quantized.modelName()).isEqualTo("all-minilm-l6-v2-q");
      for (String text : texts) {
        double cosine = cosine(full.embed(text).content().vector(), quantized.embed(text).content().vector());
        assertThat(cosine).as(text).isBetween(0.9, 1.0 + 1e-6);
      }
      double across = cosine(quantized.embed(texts.get(0)).content().vector(),
          quantized.embed(texts.get(1)).content().vector());
      assertThat(across).isLessThan(0.9);
    }
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
    return dot;
  }
}
