package dev.cadenza.eval.theory;

import java.util.Locale;
import java.util.Map;

/** The per-type accuracy table printed by {@code cadenza theory --eval}. */
public final class TheoryEvalTable {
  private TheoryEvalTable() {}

  public static String render(TheoryEval.Report report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-22s %6s %9s %9s%n", "type", "n", "stated", "typed"));
    for (Map.Entry<String, TheoryEval.Tally> row : report.byType().entrySet()) {
      out.append(line(row.getKey(), row.getValue()));
    }
    out.append(line("all questions", report.overall()));
    return out.toString();
  }

  private static String line(String name, TheoryEval.Tally tally) {
    return String.format(Locale.ROOT, "%-22s %6d %8.1f%% %8.1f%%%n", name, tally.total(),
        percent(tally.stated(), tally.total()), percent(tally.typed(), tally.total()));
  }

  private static double percent(int part, int total) {
    return total == 0 ? 0 : 100.0 * part / total;
  }
}
