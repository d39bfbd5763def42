package dev.cadenza.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM running a main class of the test classpath, with the same module flags as the tests;
 * its stdout lines are queued by a named reader thread so the test can wait for one with a deadline.
 */
final class ChildProcess implements AutoCloseable {

  private static final String END = "\u0000end-of-output";

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  ChildProcess(Class<?> mainClass, Path stderr, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), mainClass.getName()));
    command.addAll(List.of(args));
    try {
      process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    Thread reader = new Thread(this::pump, "child-stdout-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  private void pump() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("reader failed: " + e);
    } finally {
      lines.add(END);
    }
  }

  /** Waits until a stdout line matches, the output ends, or the deadline passes; returns the matching line or null. */
  String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      String line = lines.poll(left, TimeUnit.NANOSECONDS);
      if (line == null || line.equals(END)) {
        if (line != null) lines.add(END);
        return null;
      }
      seen.add(line);
      if (wanted.test(line)) return line;
    }
    return null;
  }

  /** Every stdout line read so far, then whatever is queued. */
  List<String> output() {
    List<String> all = new ArrayList<>(seen);
    lines.stream().filter(l -> !l.equals(END)).forEach(all::add);
    return all;
  }

  /** SIGKILL on Unix: no shutdown hooks, no finally blocks, no flush. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("child " + process.pid() + " did not die within 30 s of SIGKILL");
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) kill();
  }
}
