package dev.cadenza.curation;

import dev.cadenza.answer.AskResult;
import dev.cadenza.index.Filter;
import dev.cadenza.store.Database;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records answered questions and opened citations for the gap log and the usage counts, off the request thread: a
 * request only offers its result to a bounded queue, and one named thread takes what has gathered, embeds and
 * groups the questions, and writes them in one transaction. When the queue is full (the database far
 * behind), records are dropped and counted rather than slowing answers down.
 */
public final class AnswerRecorder implements AutoCloseable {

  /** Records waiting to be written before more are dropped. */
  static final int QUEUE_CAPACITY = 2_000;
  /** Most records written in one transaction. */
  static final int BATCH = 200;
  /** How often the retention purge runs, at most. */
  static final Duration PURGE_INTERVAL = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(AnswerRecorder.class);

  private sealed interface Task permits Answered, Click, Marker {}

  private record Answered(AnsweredQuestion question) implements Task {}

  private record Click(String docId) implements Task {}

  /** Counted down once everything queued before it is written; {@code last} ends the worker. */
  private record Marker(CountDownLatch reached, boolean last) implements Task {}

  private final Supplier<Database> database;
  private final EmbeddingModel embedder;
  private final QuestionGroups groups;
  private final GapLog gaps;
  private final UsageLog usage;
  private final Retention retention;
  private final Clock clock;
  private final BlockingQueue<Task> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final AtomicLong dropped = new AtomicLong();
  private final Thread worker;
  private long lastPurge = Long.MIN_VALUE;

  AnswerRecorder(Supplier<Database> database, EmbeddingModel embedder, GapLog gaps, UsageLog usage, Retention retention, Clock clock) {
    this.database = database;
    this.embedder = embedder;
    this.groups = new QuestionGroups(database);
    this.gaps = gaps;
    this.usage = usage;
    this.retention = retention;
    this.clock = clock;
    this.worker = Thread.ofPlatform().daemon().name("curation-recorder").start(this::work);
  }

  /** Queues an answered question; the caller's conversation id and identity are not taken, by design. */
  public void answered(String question, Filter filter, AskResult result) {
    offer(new Answered(new AnsweredQuestion(question, filter == null ? Filter.NONE : filter, result)));
  }

  /** Queues a student's opening of a citation of {@code docId}. */
  public void clicked(String docId) {
    offer(new Click(docId));
  }

  /** Records dropped because the queue was full. */
  public long dropped() {
    return dropped.get();
  }

  /** Waits until everything queued before this call is written (tests, shutdown). */
  public void flush(Duration timeout) {
    if (!await(new Marker(new CountDownLatch(1), false), timeout)) {
      throw new IllegalStateException("curation records not written within " + timeout);
    }
  }

  @Override
  public void close() {
    if (worker.isAlive() && !await(new Marker(new CountDownLatch(1), true), Duration.ofSeconds(10))) {
      LOG.warn("curation recorder still writing at shutdown; {} records left unwritten", queue.size());
    }
  }

  private void offer(Task task) {
    if (!queue.offer(task)) dropped.incrementAndGet();
  }

  private boolean await(Marker marker, Duration timeout) {
    try {
      return queue.offer(marker, timeout.toMillis(), TimeUnit.MILLISECONDS)
          && marker.reached().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void work() {
    List<Task> batch = new ArrayList<>(BATCH);
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch, BATCH - 1);
      write(batch);
      boolean last = false;
      for (Task task : batch) {
        if (task instanceof Marker marker) {
          marker.reached().countDown();
          last |= marker.last();
        }
      }
      batch.clear();
      if (last) return;
    }
  }

  /** A failed batch is logged and skipped: the gap log must never take the recorder thread down with it. */
  private void write(List<Task> batch) {
    try {
      long now = clock.millis();
      purgeIfDue(now);
      writeAnswers(batch.stream().filter(Answered.class::isInstance).map(t -> ((Answered) t).question())
          .filter(q -> q.gap().isPresent() || !q.citedDocuments().isEmpty()).toList(), now);
      for (Task task : batch) {
        if (task instanceof Click click) usage.insertClick(click.docId(), now);
      }
    } catch (RuntimeException e) {
      groups.reload();
      LOG.warn("could not record {} questions or clicks for curators: {}", batch.size(), e.toString());
    }
  }

  private void writeAnswers(List<AnsweredQuestion> answers, long now) {
    if (answers.isEmpty()) {
      return;
    }
    List<QuestionGroups.Assignment> assignments = new ArrayList<>();
    for (AnsweredQuestion answer : answers) {
      // One question at a time, as asked: the search embedded the same text, so a caching embedder has it already
      // (a batch call would pass its cache by).
      QuestionGroups.Assignment assignment = groups.assign(embedder.embed(answer.question()).content().vector());
      groups.remember(assignment);
      assignments.add(assignment);
    }
    database.get().inTransaction(connection -> {
      for (int i = 0; i < answers.size(); i++) {
        AnsweredQuestion answer = answers.get(i);
        QuestionGroups.Assignment assignment = assignments.get(i);
        groups.save(connection, assignment, answer.normalised(), now);
        Optional<GapLog.Reason> gap = answer.gap();
        if (gap.isPresent()) gaps.insert(connection, assignment.groupId(), answer.asGap(gap.get()), now);
        List<String> cited = answer.citedDocuments();
        if (!cited.isEmpty()) usage.insertCitations(connection, assignment.groupId(), cited, now);
      }
      return null;
    });
  }

  private void purgeIfDue(long now) {
    if (lastPurge == Long.MIN_VALUE || now - lastPurge >= PURGE_INTERVAL.toMillis()) {
      groups.forget(retention.purge(now));
      lastPurge = now;
    }
  }
}
