package dev.cadenza.bench;

import dev.cadenza.corpus.Chunk;
import dev.cadenza.corpus.Chunker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Real embeddings of generated passages and questions, computed once and kept in binary files
 * (by default under {@code ~/.cache/cadenza/bench}). A larger request extends the cached prefix;
 * progress is saved every {@value #CHECKPOINT} texts so an interrupted run loses little.
 */
public final class EmbeddingCache {

  private static final int CHECKPOINT = 10_000;

  private final Path dir;
  private final EmbeddingModel model;
  private final TheoryText text;
  private final PrintStream log;
  private final Chunker chunker = new Chunker();

  public EmbeddingCache(Path dir, EmbeddingModel model, TheoryText text, PrintStream log) {
    this.dir = dir;
    this.model = model;
    this.text = text;
    this.log = log;
  }

  /** The text the index embeds for passage {@code i}: its only chunk's embedding text (title, newline, passage). */
  public String passageEmbeddingText(int i) {
    List<Chunk> chunks = chunker.chunk(text.document(i));
    if (chunks.size() != 1) {
      throw new IllegalStateException("generated document " + i + " has " + chunks.size() + " chunks, expected 1");
    }
    return chunks.getFirst().embeddingText();
  }

  /** Unit-length embeddings of passages 0..n-1. */
  public float[][] passages(int n) {
    return vectors("passages", n, this::passageEmbeddingText);
  }

  /** Unit-length embeddings of questions 0..n-1. */
  public float[][] questions(int n) {
    return vectors("questions", n, text::question);
  }

  private float[][] vectors(String kind, int n, IntFunction<String> source) {
    Path file = dir.resolve(String.format(Locale.ROOT, "%s-%s-s%d-v%d.f32", slug(model), kind, text.seed(), TheoryText.VERSION));
    VectorFile.Contents contents = VectorFile.read(file);
    int cachedCount = contents == null ? 0 : contents.vectors().length;
    // Regenerate as many texts as the cache holds, so its fingerprint can be checked even when it holds more than asked for.
    List<String> texts = new ArrayList<>(Math.max(n, cachedCount));
    for (int i = 0; i < Math.max(n, cachedCount); i++) {
      texts.add(source.apply(i));
    }
    float[][] cached = contents != null && VectorFile.fingerprint(texts.subList(0, cachedCount)) == contents.fingerprint()
        ? contents.vectors() : new float[0][];
    if (cached.length >= n) {
      return Arrays.copyOf(cached, n);
    }
    float[][] all = Arrays.copyOf(cached, n);
    long start = System.nanoTime();
    log.printf(Locale.ROOT, "embedding %,d %s with %s (%,d cached in %s)%n", n - cached.length, kind, slug(model), cached.length, file);
    // One text per call: on two cores this measured faster than embedAll batches (see bench embedding).
    for (int i = cached.length; i < n; i++) {
      all[i] = Vectors.normalize(model.embed(texts.get(i)).content().vector().clone());
      int done = i + 1;
      if (done % CHECKPOINT == 0 || done == n) {
        VectorFile.write(file, Arrays.copyOf(all, done), VectorFile.fingerprint(texts.subList(0, done)));
        double seconds = (System.nanoTime() - start) / 1e9;
        log.printf(Locale.ROOT, "  %,d/%,d %s embedded, %.0f texts/s%n", done, n, kind, (done - cached.length) / seconds);
      }
    }
    return all;
  }

  private static String slug(EmbeddingModel model) {
    String name = model.modelName() == null || model.modelName().isBlank() || "unknown".equals(model.modelName())
        ? model.getClass().getSimpleName() : model.modelName();
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
