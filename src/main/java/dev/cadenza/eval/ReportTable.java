package dev.cadenza.eval;

import java.util.Locale;
import java.util.Map;

/** The terminal form of an {@link EvalReport}: a summary of the overall scores, then one line per topic. */
public final class ReportTable {

  private ReportTable() {}

  public static String render(EvalReport report) {
    Scores all = report.overall();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Cadenza eval: %d questions from %s (%s), backend %s, k = %d%n%n",
        all.n(), report.source(), report.format().label(), report.backend(), report.k()));
    line(out, "exact match", fixed(all.exactMatch()));
    line(out, "token F1", fixed(all.tokenF1()));
    line(out, "embedding similarity", fixed(all.embeddingSimilarity()));
    line(out, "fact accuracy", !report.factChecked() ? "-  (no fact checker)"
        : all.factAccuracy() == null ? "-  (no checkable claims)"
        : fixed(all.factAccuracy()) + String.format(Locale.ROOT, "  (%d claims)", all.factClaims()));
    if (all.retrievalN() > 0) {
      line(out, "recall@" + report.k(), fixed(all.recallAtK())
          + String.format(Locale.ROOT, "  (%d questions with relevant documents)", all.retrievalN()));
      line(out, "MRR", fixed(all.mrr()));
    } else {
      line(out, "recall@" + report.k() + ", MRR", "-  (no question names relevant documents)");
    }
    line(out, "latency p50 / p95", String.format(Locale.ROOT, "%.1f / %.1f ms", all.latencyP50Ms(), all.latencyP95Ms()));
    quality(out, all.answers());
    out.append(String.format(Locale.ROOT, "%n%-14s %4s %7s %7s %8s %9s %7s %9s%n",
        "topic", "n", "EM", "F1", "emb sim", "recall@" + report.k(), "MRR", "key facts"));
    for (Map.Entry<String, Scores> entry : report.byTopic().entrySet()) {
      Scores s = entry.getValue();
      out.append(String.format(Locale.ROOT, "%-14s %4d %7s %7s %8s %9s %7s %9s%n", entry.getKey(), s.n(),
          fixed(s.exactMatch()), fixed(s.tokenF1()), fixed(s.embeddingSimilarity()), orDash(s.recallAtK()),
          orDash(s.mrr()), orDash(s.answers().keyFactCoverage())));
    }
    return out.toString();
  }

  /** The answer-quality lines that apply to this set, each with the number of questions it is over. */
  private static void quality(StringBuilder out, AnswerQuality q) {
    if (q.keyFactCoverage() != null) {
      line(out, "key-fact coverage", fixed(q.keyFactCoverage()) + count(q.keyFactN(), "questions with key facts"));
    }
    if (q.sourceKeyFactCoverage() != null) {
      line(out, "key facts in passages", fixed(q.sourceKeyFactCoverage()));
    }
    if (q.refusalRecall() != null || q.refusalPrecision() != null) {
      line(out, "refusal precision", orDash(q.refusalPrecision()));
      line(out, "refusal recall", orDash(q.refusalRecall()) + count(q.outOfScopeN(), "out-of-scope questions"));
    }
    if (q.inScopeRefusalRate() != null) {
      line(out, "in-scope refused", fixed(q.inScopeRefusalRate()) + count(q.inScopeN(), "in-scope questions"));
    }
    if (q.falsePremiseAccuracy() != null) {
      line(out, "false premises", fixed(q.falsePremiseAccuracy()) + count(q.falsePremiseN(), "refused or corrected first"));
    }
    if (q.followUpAccuracy() != null) {
      line(out, "follow-up accuracy", fixed(q.followUpAccuracy()) + count(q.followUpN(), "follow-ups"));
    }
    if (q.sentencesPerAnswer() != null) {
      line(out, "sentences / answer", String.format(Locale.ROOT, "%.2f", q.sentencesPerAnswer())
          + count(q.answeredN(), "answers, refusals left out"));
      line(out, "dangling openers", fixed(q.danglingOpenerShare()) + count(q.answeredN(), "answers"));
    }
  }

  private static String count(int n, String what) {
    return String.format(Locale.ROOT, "  (%d %s)", n, what);
  }

  private static String orDash(Double value) {
    return value == null ? "-" : fixed(value);
  }

  private static void line(StringBuilder out, String metric, String value) {
    out.append(String.format(Locale.ROOT, "%-22s %s%n", metric, value));
  }

  private static String fixed(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
