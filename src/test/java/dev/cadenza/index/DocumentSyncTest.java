package dev.cadenza.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.embed.SpanEmbedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentence vectors taken from their chunk's own run of a span-embedding model. */
class DocumentSyncTest {

  @TempDir Path temp;

  /** Writes where each span was found into its "vector", so the test can see which part of the text it pooled. */
  private static final class SpanRecorder implements EmbeddingModel, SpanEmbedder {
    final List<String> embeddedAlone = new ArrayList<>();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      segments.forEach(s -> embeddedAlone.add(s.text()));
      return Response.from(segments.stream().map(s -> Embedding.from(new float[] {-1, -1})).toList());
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public List<SpannedVectors> embedWithSpans(List<String> texts, List<List<int[]>> spans) {
      List<SpannedVectors> out = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        List<float[]> vectors = new ArrayList<>();
        for (int[] span : spans.get(i)) vectors.add(span[1] == 0 ? null : new float[] {span[0], span[1]});
        out.add(new SpannedVectors(new float[] {1, 0}, vectors));
      }
      return out;
    }
  }

  @Test
  void eachSentenceIsPooledFromItsOwnPlaceInTheChunkEvenAcrossALineBreak() throws Exception {
    String body = "# Cadences\n\nA plagal cadence moves from IV to I. It is often\ncalled the Amen cadence in hymns.\n";
    Document doc = DocumentParser.parse("harmony/plagal", "plagal.md",
        ("---\ntitle: Plagal\n---\n" + body).getBytes(StandardCharsets.UTF_8));
    SpanRecorder model = new SpanRecorder();
    try (ChunkIndex index = ChunkIndex.open(temp.resolve("index"), model)) {
      new DocumentSync(index, new Chunker()).put(doc);
      var chunk = new Chunker().chunk(doc).getFirst();
      String embedded = chunk.embeddingText();
      var vectors = index.sentenceVectors(chunk.id());

      String second = "It is often called the Amen cadence in hymns.";
      int at = embedded.replace('\n', ' ').indexOf(second);
      assertThat(vectors.get(second)).containsExactly(at, at + second.length());
      assertThat(vectors).containsKey("A plagal cadence moves from IV to I.");
      assertThat(model.embeddedAlone).as("every sentence was found in its chunk").isEmpty();
    }
  }
}
