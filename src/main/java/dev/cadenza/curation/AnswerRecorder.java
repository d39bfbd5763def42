package dev.cadenza.curation;

import dev.cadenza.answer.AskResult;
import dev.cadenza.index.Filter;
import dev.cadenza.store.Database;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records answered questions and opened citations for the gap log and the usage counts, off the request thread: a
 * request only hands its result to a bounded queue, and one named thread embeds, groups and writes. When the queue is
 * full (the database far behind), records are dropped and counted rather than slowing answers down.
 */
public final class AnswerRecorder implements AutoCloseable {

  /** Answers waiting to be recorded before more are dropped. */
  static final int QUEUE_CAPACITY = 2_000;
  /** How often the retention purge runs, at most. */
  static final Duration PURGE_INTERVAL = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(AnswerRecorder.class);

  private final Database database;
  private final EmbeddingModel embedder;
  private final QuestionGroups groups;
  private final GapLog gaps;
  private final UsageLog usage;
  private final Retention retention;
  private final Clock clock;
  private final ThreadPoolExecutor worker;
  private final AtomicLong dropped = new AtomicLong();
  private long lastPurge = Long.MIN_VALUE;

  AnswerRecorder(Database database, EmbeddingModel embedder, GapLog gaps, UsageLog usage, Retention retention, Clock clock) {
    this.database = database;
    this.embedder = embedder;
    this.groups = new QuestionGroups(database);
    this.gaps = gaps;
    this.usage = usage;
    this.retention = retention;
    this.clock = clock;
    this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
        runnable -> Thread.ofPlatform().daemon().name("curation-recorder").unstarted(runnable),
        (task, pool) -> dropped.incrementAndGet());
  }

  /** Queues an answered question; the caller's conversation id and identity are not taken, by design. */
  public void answered(String question, Filter filter, AskResult result) {
    AnsweredQuestion answered = new AnsweredQuestion(question, filter == null ? Filter.NONE : filter, result);
    worker.execute(() -> guarded(() -> record(answered)));
  }

  /** Queues a student's opening of a citation of {@code docId}. */
  public void clicked(String docId) {
    worker.execute(() -> guarded(() -> usage.insertClick(docId, clock.millis())));
  }

  /** Records dropped because the queue was full. */
  public long dropped() {
    return dropped.get();
  }

  /** Waits until everything queued before this call is recorded (tests, shutdown). */
  public void flush(Duration timeout) {
    Future<?> marker = worker.submit(() -> { });
    try {
      marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("curation records not written within " + timeout, e);
    }
  }

  private void record(AnsweredQuestion answered) {
    Optional<GapLog.Reason> gap = answered.gap();
    List<String> cited = answered.citedDocuments();
    if (gap.isEmpty() && cited.isEmpty()) {
      return;
    }
    long now = clock.millis();
    purgeIfDue(now);
    // The question as asked, not normalised: the search embedded the same text, so a caching embedder answers at once.
    float[] vector = embedder.embed(answered.question()).content().vector();
    QuestionGroups.Assignment assignment = groups.assign(vector);
    String label = answered.normalised();
    database.inTransaction(connection -> {
      groups.save(connection, assignment, label, now);
      if (gap.isPresent()) gaps.insert(connection, assignment.groupId(), answered.asGap(gap.get()), now);
      if (!cited.isEmpty()) usage.insertCitations(connection, assignment.groupId(), cited, now);
      return null;
    });
    groups.committed(assignment);
  }

  private void purgeIfDue(long now) {
    if (lastPurge == Long.MIN_VALUE || now - lastPurge >= PURGE_INTERVAL.toMillis()) {
      groups.forget(retention.purge(now));
      lastPurge = now;
    }
  }

  /** A failed record is logged and skipped: the gap log must never take the recorder thread down with it. */
  private static void guarded(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.warn("could not record a question for curators: {}", e.toString());
    }
  }

  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("curation recorder still writing at shutdown; {} records left unwritten", worker.getQueue().size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
