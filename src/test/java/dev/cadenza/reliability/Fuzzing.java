package dev.cadenza.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one parser call per input on a single named worker thread under a deadline, and records every
 * input that hangs or throws something other than the documented exception type. Failing inputs are
 * written to {@code target/fuzz-failures/} so they can be replayed.
 */
final class Fuzzing implements AutoCloseable {

  /** A call that broke the contract: what happened, and the input file that reproduces it. */
  record Violation(int iteration, String outcome, Path input) {
    @Override
    public String toString() {
      return "iteration " + iteration + ": " + outcome + " (input " + input + ")";
    }
  }

  interface Call {
    void run(byte[] input) throws Exception;
  }

  private final String name;
  private final long seed;
  private final Class<? extends Throwable> documented;
  private final Duration deadline;
  private final List<Violation> violations = new ArrayList<>();
  private int succeeded;
  private int refused;
  private ExecutorService worker = newWorker();
  private int workers = 1;

  Fuzzing(String name, long seed, Class<? extends Throwable> documented, Duration deadline) {
    this.name = name;
    this.seed = seed;
    this.documented = documented;
    this.deadline = deadline;
  }

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "fuzz-" + name + "-" + workers);
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Runs {@code call} on {@code input}; a hang or an undocumented throwable is recorded. */
  void check(int iteration, byte[] input, Call call) {
    Future<?> future = worker.submit(() -> {
      call.run(input);
      return null;
    });
    try {
      future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      succeeded++;
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow(); // the stuck thread is abandoned (daemon); later inputs get a fresh one
      workers++;
      worker = newWorker();
      record(iteration, input, "no result within " + deadline.toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable thrown = e.getCause();
      if (documented.isInstance(thrown)) {
        refused++;
      } else {
        record(iteration, input, thrown.getClass().getName() + ": " + thrown.getMessage() + " at " + firstFrame(thrown));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("fuzzing interrupted", e);
    }
  }

  private void record(int iteration, byte[] input, String outcome) {
    Path file = Path.of("target", "fuzz-failures", String.format(Locale.ROOT, "%s-seed%d-iter%d.bin", name, seed, iteration));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the failing input to " + file, e);
    }
    violations.add(new Violation(iteration, outcome, file));
  }

  private static String firstFrame(Throwable t) {
    StackTraceElement[] frames = t.getStackTrace();
    return frames.length == 0 ? "?" : frames[0].toString();
  }

  /** One line for the test log: how many inputs parsed, were refused as documented, or broke the contract. */
  String summary() {
    return String.format(Locale.ROOT, "%s fuzz (seed %d): %d parsed, %d refused with %s, %d violations", name, seed, succeeded, refused,
        documented.getSimpleName(), violations.size());
  }

  List<Violation> violations() {
    return violations;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
