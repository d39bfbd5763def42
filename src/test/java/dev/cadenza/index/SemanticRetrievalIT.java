package dev.cadenza.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.CorpusLoader;
import dev.cadenza.corpus.Document;
import dev.cadenza.testing.RealCorpus;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrieval by meaning on the shipped corpus with the real all-MiniLM-L6-v2 model: paraphrases that avoid the words of
 * their topic's title and heading must reach the topic's document in the top 5 passages. The same queries over the
 * same corpus embedded with random vectors must fail, so this test can only pass because the model understands them.
 */
class SemanticRetrievalIT {

  private static final Path QUERIES = Path.of("src/test/resources/semantic-paraphrases.tsv");
  private static final int K = 5;
  /** Queries the real model answered on 2026-12-05: 41 of 61. A few may move as documents are added. */
  private static final int MIN_FOUND_WITH_THE_MODEL = 36;
  /** By chance a random ranking puts a document in the top 5 of 716 passages for about one query in thirty. */
  private static final int MAX_FOUND_WITH_RANDOM_VECTORS = 6;
  /** Words that carry no topic: question words, pronouns, auxiliaries and the like. */
  private static final Set<String> FUNCTION_WORDS = Set.of("what", "why", "how", "when", "where", "which", "who", "do",
      "doe", "did", "can", "could", "should", "would", "may", "might", "must", "i", "you", "me", "my", "your", "we", "our",
      "us", "about", "between", "from", "up", "down", "out", "over", "under", "than", "so", "veri", "just", "all", "some",
      "ani", "each", "everi", "it", "its", "ha", "have", "had", "get", "one", "two", "same", "other", "more", "most",
      "much", "mani", "after", "before", "while", "because", "onto", "off", "against", "through", "toward", "upon", "also",
      "onli", "too", "again", "been", "were", "am", "him", "her", "them", "he", "she", "here", "own", "abov", "below");

  record Paraphrase(String docId, String heading, String query) {}

  @TempDir Path temp;

  @Test
  void paraphrasesAvoidTheWordsOfTheirTopic() {
    Map<String, Document> documents = CorpusLoader.load(Path.of("corpus")).documents().stream()
        .collect(Collectors.toMap(Document::id, Function.identity()));
    List<Paraphrase> paraphrases = paraphrases();
    assertThat(paraphrases).hasSizeGreaterThanOrEqualTo(50);
    for (Paraphrase p : paraphrases) {
      Document target = documents.get(p.docId());
      assertThat(target).as("target of '%s'", p.query()).isNotNull();
      assertThat(new Chunker().chunk(target)).as("sections of %s", p.docId()).anyMatch(c -> c.heading().equals(p.heading()));
      Set<String> shared = contentStems(p.query());
      shared.retainAll(contentStems(target.title() + " " + p.heading()));
      assertThat(shared).as("'%s' names its topic", p.query()).isEmpty();
    }
  }

  @Test
  void theRealModelFindsTheTopicOfMostParaphrases() {
    int found = found(new VectorRetriever(RealCorpus.cadenza().index()));
    assertThat(found).as("paraphrases whose document is in the top %d", K).isGreaterThanOrEqualTo(MIN_FOUND_WITH_THE_MODEL);
  }

  @Test
  void randomVectorsFindAlmostNone() throws IOException {
    try (ChunkIndex random = ChunkIndex.open(temp.resolve("index"), new RandomEmbedder())) {
      new DocumentSync(random, new Chunker()).sync(CorpusLoader.load(Path.of("corpus")).documents(), Progress.NONE);
      assertThat(found(new VectorRetriever(random))).isLessThanOrEqualTo(MAX_FOUND_WITH_RANDOM_VECTORS);
    }
  }

  private int found(Retriever retriever) {
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (Paraphrase p : paraphrases()) {
      boolean hit = retriever.retrieve(p.query(), K, Filter.NONE).stream().anyMatch(s -> s.chunk().docId().equals(p.docId()));
      if (hit) found++;
      else missed.add(p.query() + " -> " + p.docId());
    }
    System.out.println(found + " of " + paraphrases().size() + " found; missed: " + missed);
    return found;
  }

  private static List<Paraphrase> paraphrases() {
    try {
      return Files.readAllLines(QUERIES, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\\|", 3))
          .map(part -> new Paraphrase(part[0].strip(), part[1].strip(), part[2].strip()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stems of the words that name things, by Lucene's English analyser (stop words removed, Porter stemming). */
  private static Set<String> contentStems(String text) {
    Set<String> stems = new TreeSet<>();
    try (EnglishAnalyzer analyzer = new EnglishAnalyzer(); TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        stems.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stems.removeAll(FUNCTION_WORDS);
    return stems;
  }

  /** A unit vector drawn at random for each text, the same for the same text: no meaning at all. */
  private static final class RandomEmbedder implements EmbeddingModel {
    private static final int DIMENSION = 384;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      return Response.from(segments.stream().map(segment -> Embedding.from(vector(segment.text()))).toList());
    }

    private static float[] vector(String text) {
      SplittableRandom random = new SplittableRandom(text.hashCode());
      float[] vector = new float[DIMENSION];
      double norm = 0;
      for (int i = 0; i < DIMENSION; i++) {
        vector[i] = (float) (random.nextDouble() * 2 - 1);
        norm += vector[i] * vector[i];
      }
      for (int i = 0; i < DIMENSION; i++) vector[i] /= (float) Math.sqrt(norm);
      return vector;
    }

    @Override
    public int dimension() {
      return DIMENSION;
    }
  }
}
