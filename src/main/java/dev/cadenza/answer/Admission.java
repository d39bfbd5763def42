package dev.cadenza.answer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Bounds the answer pipeline: at most {@code maxRunning} answers are computed at once and at most
 * {@code maxWaiting} wait for a turn; a request beyond both is refused at once with
 * {@link OverloadedException}, so a class of students asking together gets answers or a clear "busy"
 * in well under a second instead of a page that hangs for the whole queue.
 *
 * <p>Admitted answers run on platform threads of their own ("answer-N"), not on the caller's thread. Requests are
 * handled on virtual threads, which the JVM does not preempt: an answer computing on one would hold a carrier (one
 * per core) until it finished, and every refusal, health check and I/O completion would queue behind it. On platform
 * threads the operating system shares the cores, so the light requests get through while answers compute.
 */
public final class Admission implements AutoCloseable {

  /** Enough answers in flight for concurrent questions to share one embedding batch. */
  public static final int DEFAULT_MAX_RUNNING = 32;
  /** About two seconds of queue at the embedded default's measured throughput. */
  public static final int DEFAULT_MAX_WAITING = 256;
  /** What a refused client is told to wait before retrying. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final Semaphore running;
  private final int maxWaiting;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong refused = new AtomicLong();
  private final ExecutorService workers;

  public Admission(int maxRunning, int maxWaiting) {
    if (maxRunning < 1) {
      throw new IllegalArgumentException("illegal max running answers: " + maxRunning + ", must be >= 1");
    }
    if (maxWaiting < 0) {
      throw new IllegalArgumentException("illegal max waiting answers: " + maxWaiting + ", must be >= 0");
    }
    this.running = new Semaphore(maxRunning, true);
    this.maxWaiting = maxWaiting;
    // One thread per turn, so an admitted answer never queues here; idle threads end after a while.
    ThreadPoolExecutor pool = new ThreadPoolExecutor(maxRunning, maxRunning, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), Thread.ofPlatform().name("answer-", 1).daemon().factory());
    pool.allowCoreThreadTimeOut(true);
    this.workers = pool;
  }

  /** Runs {@code work} when a turn is free, waiting in line if the line is short enough. */
  public <T> T call(Supplier<T> work) {
    if (!running.tryAcquire()) {
      if (waiting.incrementAndGet() > maxWaiting) {
        waiting.decrementAndGet();
        refused.incrementAndGet();
        throw new OverloadedException(RETRY_AFTER_SECONDS);
      }
      try {
        running.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a turn to answer", e);
      } finally {
        waiting.decrementAndGet();
      }
    }
    try {
      return CompletableFuture.supplyAsync(work, workers).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      if (e.getCause() instanceof Error cause) throw cause;
      throw e;
    } finally {
      running.release();
    }
  }

  /** Requests waiting for a turn now. */
  public int waiting() {
    return waiting.get();
  }

  /** Requests refused since start. */
  public long refused() {
    return refused.get();
  }

  @Override
  public void close() {
    workers.shutdown();
  }
}
