package dev.cadenza.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap measurements after a full collection, the only heap figure that is comparable between runs. */
public final class Heap {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private Heap() {}

  /** Bytes of heap in use after two explicit full collections (the second catches objects freed by finalisation-like cleaners). */
  public static long usedAfterGc() {
    MEMORY.gc();
    MEMORY.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  public static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
