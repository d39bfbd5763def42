package dev.cadenza.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The batched encoder against langchain4j's own all-MiniLM-L6-v2, which built every existing index. */
class BatchingEmbedderTest {

  private static final AllMiniLmL6V2EmbeddingModel REFERENCE = new AllMiniLmL6V2EmbeddingModel();
  private static BatchingEmbedder batching;

  @BeforeAll
  static void open() {
    batching = new BatchingEmbedder(OnnxBatchEncoder.allMiniLmL6V2(() -> REFERENCE), 8, "all-minilm-l6-v2");
  }

  @AfterAll
  static void close() {
    batching.close();
  }

  /** Questions of the eval set and lines of the corpus: short and long, accents, symbols, music notation. */
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(List.of("What is a German sixth?", "F## and Bbb: double sharps & flats",
        "Für Elise — Beethoven's bagatelle", "ii⁶₅–V⁷–I in E♭ major", "C", "   spaced   out   question  "));
    try (Stream<String> lines = Files.lines(Path.of("corpus/harmony/cadences.md"))) {
      lines.filter(line -> line.length() > 40).limit(40).forEach(texts::add);
    }
    return texts;
  }

  @Test
  void batchedVectorsEqualTheLangchain4jModelsOnePerCall() throws IOException {
    List<String> texts = texts();
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    List<float[]> batched = batching.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    assertThat(batched).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      assertClose(batched.get(i), REFERENCE.embed(texts.get(i)).content().vector(), texts.get(i));
    }
  }

  @Test
  void textsLongerThanOnePartitionFallBackToTheReference() {
    String longText = "The dominant seventh chord resolves to the tonic. ".repeat(80);
    assertClose(batching.embed(longText).content().vector(), REFERENCE.embed(longText).content().vector(), "long text");
  }

  @Test
  void concurrentQueriesEachGetTheirOwnVector() throws Exception {
    List<String> texts = texts();
    try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<float[]>> futures = new ArrayList<>();
      for (String text : texts) {
        futures.add(callers.submit(() -> batching.embed(text).content().vector()));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertClose(futures.get(i).get(), REFERENCE.embed(texts.get(i)).content().vector(), texts.get(i));
      }
    }
  }

  @Test
  void aBlankQueryFailsAloneWithoutFailingItsBatch() throws Exception {
    try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<float[]>> good = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        good.add(callers.submit(() -> batching.embed("what is a cadence").content().vector()));
      }
      assertThatThrownBy(() -> batching.embed("   ")).isInstanceOf(IllegalArgumentException.class);
      for (Future<float[]> vector : good) {
        assertThat(vector.get()).hasSize(384);
      }
    }
  }

  @Test
  void reportsTheModelsDimension() {
    assertThat(batching.dimension()).isEqualTo(384);
  }

  private static void assertClose(float[] actual, float[] expected, String text) {
    assertThat(actual).as(text).hasSameSizeAs(expected);
    for (int d = 0; d < expected.length; d++) {
      assertThat(actual[d]).as("%s, dimension %d", text, d).isCloseTo(expected[d], org.assertj.core.data.Offset.offset(2e-5f));
    }
  }

}
