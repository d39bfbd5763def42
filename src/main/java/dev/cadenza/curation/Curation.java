package dev.cadenza.curation;

import dev.cadenza.store.Database;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What curators learn from students' use of the library: the gap log (questions it answered badly), usage per
 * document, and the recorder that feeds both from answers, all in the shared {@link Database}, opened on first use
 * (an unreachable database costs the records, never the answers).
 */
public final class Curation implements AutoCloseable {

  private final GapLog gaps;
  private final UsageLog usage;
  private final AnswerRecorder recorder;

  private Curation(GapLog gaps, UsageLog usage, AnswerRecorder recorder) {
    this.gaps = gaps;
    this.usage = usage;
    this.recorder = recorder;
  }

  /** Curation records in {@code database}; questions are grouped with {@code embedder}, the index's model. */
  public static Curation open(Supplier<Database> database, EmbeddingModel embedder, CurationSettings settings, Clock clock) {
    GapLog gaps = new GapLog(database);
    UsageLog usage = new UsageLog(database);
    return new Curation(gaps, usage,
        new AnswerRecorder(database, embedder, gaps, usage, new Retention(database, settings.retention()), clock));
  }

  public GapLog gaps() {
    return gaps;
  }

  public UsageLog usage() {
    return usage;
  }

  public AnswerRecorder recorder() {
    return recorder;
  }

  @Override
  public void close() {
    recorder.close();
  }
}
