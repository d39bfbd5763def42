package dev.cadenza.answer;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Bounds the answer pipeline: at most {@code maxRunning} answers are computed at once and at most
 * {@code maxWaiting} wait for a turn; a request beyond both is refused at once with
 * {@link OverloadedException}, so a class of students asking together gets answers or a clear "busy"
 * in well under a second instead of a page that hangs for the whole queue.
 */
public final class Admission {

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

  public Admission(int maxRunning, int maxWaiting) {
    if (maxRunning < 1) {
      throw new IllegalArgumentException("illegal max running answers: " + maxRunning + ", must be >= 1");
    }
    if (maxWaiting < 0) {
      throw new IllegalArgumentException("illegal max waiting answers: " + maxWaiting + ", must be >= 0");
    }
    this.running = new Semaphore(maxRunning, true);
    this.maxWaiting = maxWaiting;
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
      return work.get();
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
}
