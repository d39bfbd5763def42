package dev.cadenza.index;

/** Receives progress of long index work, e.g. to draw a bar. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (phase, done, total) -> {};

  void update(String phase, int done, int total);
}
