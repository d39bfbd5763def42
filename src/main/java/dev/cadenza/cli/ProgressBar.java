package dev.cadenza.cli;

import dev.cadenza.index.Progress;
import java.io.PrintStream;
import java.util.Locale;

/** Draws "embedding [#####-----] 120/480" on stderr, redrawing in place on a terminal and every 10% otherwise. */
final class ProgressBar implements Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal = System.console() != null;
  private int lastTenth = -1;

  ProgressBar(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void update(String phase, int done, int total) {
    if (total == 0) return;
    int tenth = done * 10 / total;
    if (!terminal && tenth == lastTenth) return;
    lastTenth = tenth;
    int filled = done * WIDTH / total;
    String line = String.format(Locale.ROOT, "%-10s [%s%s] %d/%d chunks",
        phase, "#".repeat(filled), "-".repeat(WIDTH - filled), done, total);
    out.print(terminal ? "\r" + line : line + "\n");
    if (terminal && done == total) out.println();
    out.flush();
  }
}
