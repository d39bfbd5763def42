package dev.cadenza.bench;

import dev.cadenza.learners.Exercise;
import dev.cadenza.learners.Exercises;
import dev.cadenza.learners.LearnerRepository;
import dev.cadenza.learners.Practice;
import dev.cadenza.learners.PracticeItem;
import dev.cadenza.learners.SimulatedLearner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many learners practising at once against one database for a fixed time: each asks for an item and answers it
 * (rightly or not, as a simulated learner of middling ability) as fast as it can. Counts errors and the latency of
 * both calls.
 */
public final class PracticeLoad {

  /** The outcome: answers recorded, failed calls, and the latency of asking and of answering. */
  public record Result(int clients, double seconds, long answers, long errors, Latency next, Latency answer) {
    public double answersPerSecond() {
      return answers / seconds;
    }
  }

  private PracticeLoad() {}

  public static Result run(Practice practice, LearnerRepository repository, int clients, Duration duration, long seed)
      throws InterruptedException {
    Exercises exercises = new Exercises();
    SimulatedLearner typical = new SimulatedLearner("typical", 1000, false);
    Latency.Recorder next = new Latency.Recorder();
    Latency.Recorder answer = new Latency.Recorder();
    AtomicLong answers = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    List<Future<?>> running = new ArrayList<>();
    try (ExecutorService pool = NamedThreads.fixedPool("practice-load", clients)) {
      for (int c = 0; c < clients; c++) {
        SplittableRandom random = new SplittableRandom(seed + c);
        running.add(pool.submit(() -> {
          String learner = practice.createLearner();
          while (System.nanoTime() < deadline) {
            try {
              long t0 = System.nanoTime();
              PracticeItem item = practice.next(learner, Optional.empty());
              long t1 = System.nanoTime();
              Exercise exercise = exercises.rebuild(repository.issued(item.itemId()).orElseThrow().itemKey());
              String reply = typical.answer(exercise, exercises, random, 0);
              long t2 = System.nanoTime();
              practice.answer(learner, item.itemId(), reply);
              long t3 = System.nanoTime();
              next.recordNanos(t1 - t0);
              answer.recordNanos(t3 - t2);
              answers.incrementAndGet();
            } catch (RuntimeException e) {
              errors.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          errors.incrementAndGet(); // a client that could not even create its learner
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(clients, seconds, answers.get(), errors.get(), next.summary(), answer.summary());
  }
}
