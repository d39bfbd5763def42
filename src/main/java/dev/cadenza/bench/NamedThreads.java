package dev.cadenza.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread factories and pools whose threads carry a name ("hnsw-merge-1"), so a thread dump says who is busy. */
public final class NamedThreads {
  private NamedThreads() {}

  /** Daemon platform threads named {@code prefix-1}, {@code prefix-2}, ... */
  public static ThreadFactory factory(String prefix) {
    AtomicInteger next = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + next.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A fixed pool of {@code threads} named daemon threads. */
  public static ExecutorService fixedPool(String prefix, int threads) {
    return Executors.newFixedThreadPool(threads, factory(prefix));
  }

  /** One virtual thread per task, each named {@code prefix-N}. */
  public static ExecutorService virtualPerTask(String prefix) {
    return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(prefix + "-", 1).factory());
  }
}
