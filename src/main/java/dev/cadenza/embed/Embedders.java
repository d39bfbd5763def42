package dev.cadenza.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The embedding models Cadenza can run, batched and with recent questions cached. all-MiniLM-L6-v2 is the
 * one it runs with; bge-small-en-v1.5 (quantized) is a candidate measured against it in eval/README.md, and
 * all-MiniLM-L6-v2 quantized to 8 bits one measured in docs/benchmarks.md.
 */
public final class Embedders {

  /** Queries coalesced into one model call at most; 32 short questions take about as long as a few alone. */
  public static final int MAX_QUERY_BATCH = 32;
  /** Recent distinct questions remembered (about 1.6 KB each). */
  public static final int QUERY_CACHE_SIZE = 4096;

  /** A model shipped in a jar; its name goes into the index, so an index built by another model is rebuilt. */
  public enum Model {
    ALL_MINILM_L6_V2("all-minilm-l6-v2", OnnxBatchEncoder::allMiniLmL6V2, AllMiniLmL6V2EmbeddingModel::new),
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", OnnxBatchEncoder::allMiniLmL6V2Q, AllMiniLmL6V2QuantizedEmbeddingModel::new),
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", OnnxBatchEncoder::bgeSmallEnV15Q, BgeSmallEnV15QuantizedEmbeddingModel::new);

    private final String label;
    private final Function<Supplier<EmbeddingModel>, OnnxBatchEncoder> encoder;
    private final Supplier<EmbeddingModel> longTexts;

    Model(String label, Function<Supplier<EmbeddingModel>, OnnxBatchEncoder> encoder, Supplier<EmbeddingModel> longTexts) {
      this.label = label;
      this.encoder = encoder;
      this.longTexts = longTexts;
    }

    public String label() {
      return label;
    }

    /** The model {@code CADENZA_EMBEDDING} names, all-MiniLM-L6-v2 when it names none. */
    public static Model fromEnvironment(Map<String, String> env) {
      String label = env.get("CADENZA_EMBEDDING");
      if (label == null || label.isBlank()) return ALL_MINILM_L6_V2;
      try {
        return named(label);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("illegal CADENZA_EMBEDDING: " + e.getMessage(), e);
      }
    }

    /** The model called {@code label}, ignoring case. */
    public static Model named(String label) {
      return Arrays.stream(values()).filter(m -> m.label.equals(label.strip().toLowerCase(Locale.ROOT))).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown embedding model '" + label + "', expected one of "
              + Arrays.stream(values()).map(Model::label).toList()));
    }
  }

  private Embedders() {}

  public static CachingEmbedder allMiniLmL6V2() {
    return of(Model.ALL_MINILM_L6_V2);
  }

  public static CachingEmbedder of(Model model) {
    OnnxBatchEncoder encoder = model.encoder.apply(model.longTexts);
    return new CachingEmbedder(new BatchingEmbedder(encoder, MAX_QUERY_BATCH, model.label), QUERY_CACHE_SIZE);
  }
}
