package dev.cadenza.eval;

import dev.cadenza.index.Progress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Draws "evaluating [#####-----] 12/150 questions" on a stream (stderr in the CLI), redrawing in
 * place on a terminal and printing every 10% otherwise, so logs stay short.
 */
public final class EvalProgressBar implements Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private int lastTenth = -1;

  public EvalProgressBar(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Redraws in place when the JVM has a console. */
  public static EvalProgressBar onStderr() {
    return new EvalProgressBar(System.err, System.console() != null);
  }

  @Override
  public synchronized void update(String phase, int done, int total) {
    if (total == 0) return;
    int tenth = done * 10 / total;
    if (!terminal && tenth == lastTenth) return;
    lastTenth = tenth;
    int filled = done * WIDTH / total;
    String line = String.format(Locale.ROOT, "%-10s [%s%s] %d/%d questions",
        phase, "#".repeat(filled), "-".repeat(WIDTH - filled), done, total);
    out.print(terminal ? "\r" + line : line + "\n");
    if (terminal && done == total) out.println();
    out.flush();
  }
}
