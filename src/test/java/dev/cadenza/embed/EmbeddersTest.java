package dev.cadenza.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The candidate model runs batched exactly as langchain4j runs it alone, and names itself to the index. */
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
}
