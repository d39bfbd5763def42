package dev.cadenza.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a BERT sentence encoder on many texts in one ONNX call. langchain4j's in-process models run one
 * text per call, so a batch of 32 costs 32 calls; here it costs one, padded to the longest text with an
 * attention mask. For any text of up to {@link #MAX_TOKENS} tokens the vector equals the langchain4j
 * model's to within float rounding (same tokenizer, model, pooling and normalisation; padding is masked out), which keeps
 * existing indexes valid. Longer texts, which langchain4j splits and averages, go to the langchain4j model itself.
 */
public final class OnnxBatchEncoder implements SpanEmbedder, AutoCloseable {

  /** langchain4j's limit per partition: 512 positions less [CLS] and [SEP]. */
  static final int MAX_TOKENS = 510;

  /** How token vectors become one text vector. */
  public enum Pooling { MEAN, CLS }

  private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean takesTypeIds;
  private final Pooling pooling;
  private final Supplier<EmbeddingModel> longTexts;
  private EmbeddingModel longTextModel;

  OnnxBatchEncoder(byte[] model, InputStream tokenizerJson, Pooling pooling, Supplier<EmbeddingModel> longTexts) {
    try {
      this.session = environment.createSession(model);
      this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
    } catch (OrtException | IOException e) {
      throw new IllegalStateException("cannot load the embedding model", e);
    }
    this.takesTypeIds = session.getInputNames().contains("token_type_ids");
    this.pooling = pooling;
    this.longTexts = longTexts;
  }

  /** all-MiniLM-L6-v2 from the langchain4j jar on the class path (mean pooling, as langchain4j uses it). */
  public static OnnxBatchEncoder allMiniLmL6V2(Supplier<EmbeddingModel> longTexts) {
    return fromClasspath("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", Pooling.MEAN, longTexts);
  }

  /** all-MiniLM-L6-v2 quantized to 8 bits, from the langchain4j jar on the class path (mean pooling, like the full model). */
  public static OnnxBatchEncoder allMiniLmL6V2Q(Supplier<EmbeddingModel> longTexts) {
    return fromClasspath("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", Pooling.MEAN, longTexts);
  }

  /** bge-small-en-v1.5, quantized, from the langchain4j jar on the class path ([CLS] pooling, as langchain4j uses it). */
  public static OnnxBatchEncoder bgeSmallEnV15Q(Supplier<EmbeddingModel> longTexts) {
    return fromClasspath("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS, longTexts);
  }

  static OnnxBatchEncoder fromClasspath(String model, String tokenizer, Pooling pooling, Supplier<EmbeddingModel> longTexts) {
    ClassLoader loader = OnnxBatchEncoder.class.getClassLoader();
    try (InputStream modelIn = loader.getResourceAsStream(model);
         InputStream tokenizerIn = loader.getResourceAsStream(tokenizer)) {
      if (modelIn == null || tokenizerIn == null) {
        throw new IllegalStateException("embedding model " + model + " is not on the class path");
      }
      return new OnnxBatchEncoder(modelIn.readAllBytes(), tokenizerIn, pooling, longTexts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding model " + model, e);
    }
  }

  /** Unit-length vectors, one per text, in the order given. */
  public List<float[]> embed(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    List<Integer> batch = new ArrayList<>();
    List<Encoding> encodings = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text.isBlank()) {
        throw new IllegalArgumentException("cannot embed empty or whitespace-only text");
      }
      if (tokenizer.tokenize(text).size() > MAX_TOKENS) {
        vectors[i] = longTextModel().embed(text).content().vector();
      } else {
        batch.add(i);
        encodings.add(tokenizer.encode(text, true, false));
      }
    }
    if (!batch.isEmpty()) {
      float[][] encoded = run(encodings);
      for (int j = 0; j < batch.size(); j++) {
        vectors[batch.get(j)] = encoded[j];
      }
    }
    return List.of(vectors);
  }

  /** Created on first use: texts this long are rare (chunks hold at most 300 words), and it costs a second model in memory. */
  private synchronized EmbeddingModel longTextModel() {
    if (longTextModel == null) {
      longTextModel = longTexts.get();
    }
    return longTextModel;
  }

  private float[][] run(List<Encoding> encodings) {
    float[][][] hidden = hidden(encodings);
    float[][] vectors = new float[encodings.size()][];
    for (int r = 0; r < vectors.length; r++) {
      vectors[r] = normalise(pool(hidden[r], encodings.get(r).getIds().length));
    }
    return vectors;
  }

  @Override
  public List<SpannedVectors> embedWithSpans(List<String> texts, List<List<int[]>> spans) {
    SpannedVectors[] out = new SpannedVectors[texts.size()];
    List<Integer> batch = new ArrayList<>();
    List<Encoding> encodings = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (tokenizer.tokenize(texts.get(i)).size() > MAX_TOKENS) {
        List<float[]> none = new ArrayList<>();
        spans.get(i).forEach(span -> none.add(null));
        out[i] = new SpannedVectors(longTextModel().embed(texts.get(i)).content().vector(), none);
      } else {
        batch.add(i);
        encodings.add(tokenizer.encode(texts.get(i), true, false));
      }
    }
    if (!batch.isEmpty()) {
      float[][][] hidden = hidden(encodings);
      for (int j = 0; j < batch.size(); j++) {
        Encoding encoding = encodings.get(j);
        List<float[]> pooled = new ArrayList<>();
        // A CLS-pooled model has no meaning for a mean over part of a text: its spans stay null.
        for (int[] span : spans.get(batch.get(j))) {
          pooled.add(pooling == Pooling.MEAN ? poolSpan(hidden[j], encoding, span) : null);
        }
        out[batch.get(j)] = new SpannedVectors(normalise(pool(hidden[j], encoding.getIds().length)), pooled);
      }
    }
    return List.of(out);
  }

  /** The mean of the token vectors lying wholly inside {@code span}, normalised; null when there are none. */
  private static float[] poolSpan(float[][] tokens, Encoding encoding, int[] span) {
    CharSpan[] offsets = encoding.getCharTokenSpans();
    long[] special = encoding.getSpecialTokenMask();
    float[] sum = new float[tokens[0].length];
    int count = 0;
    for (int t = 0; t < offsets.length; t++) {
      CharSpan offset = offsets[t];
      if (special[t] == 1 || offset == null || offset.getStart() < span[0] || offset.getEnd() > span[1]) continue;
      for (int d = 0; d < sum.length; d++) sum[d] += tokens[t][d];
      count++;
    }
    return count == 0 ? null : normalise(sum);
  }

  /** The model's last hidden state for each encoding, padded to the longest with an attention mask. */
  private float[][][] hidden(List<Encoding> encodings) {
    int rows = encodings.size();
    int width = encodings.stream().mapToInt(e -> e.getIds().length).max().orElseThrow();
    long[] ids = new long[rows * width];
    long[] mask = new long[rows * width];
    long[] types = new long[rows * width];
    for (int r = 0; r < rows; r++) {
      Encoding encoding = encodings.get(r);
      System.arraycopy(encoding.getIds(), 0, ids, r * width, encoding.getIds().length);
      System.arraycopy(encoding.getAttentionMask(), 0, mask, r * width, encoding.getAttentionMask().length);
      System.arraycopy(encoding.getTypeIds(), 0, types, r * width, encoding.getTypeIds().length);
    }
    long[] shape = {rows, width};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
         OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
         OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs = takesTypeIds
          ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
          : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = session.run(inputs)) {
        return (float[][][]) result.get(0).getValue();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding model failed on a batch of " + rows, e);
    }
  }

  /** Pools the first {@code length} positions (the rest is padding), summing in position order as langchain4j does. */
  private float[] pool(float[][] tokens, int length) {
    if (pooling == Pooling.CLS) {
      return tokens[0].clone();
    }
    float[] sum = new float[tokens[0].length];
    for (int t = 0; t < length; t++) {
      for (int d = 0; d < sum.length; d++) {
        sum[d] += tokens[t][d];
      }
    }
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= length;
    }
    return sum;
  }

  private static float[] normalise(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < vector.length; d++) {
      vector[d] *= scale;
    }
    return vector;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding model session", e);
    }
  }
}
