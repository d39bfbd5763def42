package dev.cadenza.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The machine a benchmark ran on, as reports must state it: CPU model, cores, memory, JDK, heap limit. */
public record Machine(String cpu, int availableProcessors, long memoryMb, String os, String jdk, long maxHeapMb, String jvmFlags,
    String loadAverage) {

  public static Machine current() {
    return new Machine(
        procField("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
        Runtime.getRuntime().availableProcessors(),
        procField("/proc/meminfo", "MemTotal").map(Machine::kilobytesToMb).orElse(-1L),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()),
        readLoadAverage());
  }

  /** One line for a Markdown report. */
  public String describe() {
    return String.format(Locale.ROOT, "%s, %d cores available to the JVM, %,d MB RAM, %s, JDK %s, max heap %,d MB,"
        + " load average before the run %s (1, 5, 15 min; the machine is shared)", cpu, availableProcessors, memoryMb, os, jdk,
        maxHeapMb, loadAverage);
  }

  /**
   * The 1, 5 and 15 minute load averages: other work on a shared machine skews timings, so reports state
   * them as they were before the benchmark started (a load test's own threads would inflate them after).
   */
  private static String readLoadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | SecurityException e) {
      return "unknown";
    }
  }

  private static Optional<String> procField(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static long kilobytesToMb(String value) {
    return Long.parseLong(value.replaceAll("[^0-9]", "")) / 1024;
  }
}
