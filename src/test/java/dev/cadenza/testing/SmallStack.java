package dev.cadenza.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs work on a thread whose stack is far below the JVM default, so code that recursed per repeat would overflow. */
public final class SmallStack {
  private static final long BYTES = 256 * 1024;

  private SmallStack() {}

  /** The work's result; fails the test if the work threw anything, a {@link StackOverflowError} included. */
  public static <T> T run(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "small-stack", BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(failure.get()).as("thrown on a small stack").isNull();
    return result.get();
  }
}
