package dev.cadenza.app;

import dev.cadenza.index.Progress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Draws "embedding [#####-----] 120/480 chunks" on a stream (stderr in the CLI), redrawing in place
 * on a terminal and printing every 10% otherwise, so logs stay short.
 */
public final class ConsoleProgress implements Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final String unit;
  private int lastTenth = -1;

  /** @param unit what is counted, e.g. "chunks" or "questions" */
  public ConsoleProgress(PrintStream out, boolean terminal, String unit) {
    this.out = out;
    this.terminal = terminal;
    this.unit = unit;
  }

  /** Redraws in place when the JVM has a console. */
  public static ConsoleProgress onStderr(String unit) {
    return new ConsoleProgress(System.err, System.console() != null, unit);
  }

  @Override
  public synchronized void update(String phase, int done, int total) {
    if (total == 0) return;
    int tenth = done * 10 / total;
    if (!terminal && tenth == lastTenth) return;
    lastTenth = tenth;
    int filled = done * WIDTH / total;
    String line = String.format(Locale.ROOT, "%-10s [%s%s] %d/%d %s",
        phase, "#".repeat(filled), "-".repeat(WIDTH - filled), done, total, unit);
    out.print(terminal ? "\r" + line : line + "\n");
    if (terminal && done == total) out.println();
    out.flush();
  }
}
