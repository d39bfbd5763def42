package dev.cadenza.eval;

import java.util.List;
import java.util.Objects;

/**
 * Metrics averaged over a group of questions (the whole set, or one topic).
 *
 * @param factAccuracy correct claims / all checked claims, summed over the group; null when no fact
 *     checker ran or it found no checkable claim
 * @param factClaims checked claims in the group (0 when no checker ran)
 * @param retrievalN questions that name relevant documents; recall@k and MRR are over these only
 * @param recallAtK share of those questions with a relevant document among the retrieved; null when none
 * @param mrr mean reciprocal rank of the first relevant document over those questions; null when none
 * @param latencyP50Ms nearest-rank median answer latency
 * @param latencyP95Ms nearest-rank 95th percentile answer latency
 * @param answers key facts, refusals, false premises, follow-ups and answer shape
 */
public record Scores(
    int n,
    double exactMatch,
    double tokenF1,
    double embeddingSimilarity,
    Double factAccuracy,
    int factClaims,
    int retrievalN,
    Double recallAtK,
    Double mrr,
    double latencyP50Ms,
    double latencyP95Ms,
    AnswerQuality answers) {

  public static Scores of(List<QuestionResult> rows) {
    if (rows.isEmpty()) throw new IllegalArgumentException("no results to score");
    FactCounts facts = rows.stream().map(QuestionResult::facts).filter(Objects::nonNull)
        .reduce(FactCounts.NONE, FactCounts::plus);
    List<QuestionResult> withRelevant = rows.stream().filter(r -> r.firstRelevantRank() != null).toList();
    return new Scores(
        rows.size(),
        mean(rows.stream().mapToDouble(QuestionResult::exactMatch).toArray()),
        mean(rows.stream().mapToDouble(QuestionResult::tokenF1).toArray()),
        mean(rows.stream().mapToDouble(QuestionResult::embeddingSimilarity).toArray()),
        facts.total() == 0 ? null : (double) facts.correct() / facts.total(),
        facts.total(),
        withRelevant.size(),
        withRelevant.isEmpty() ? null : mean(withRelevant.stream().mapToDouble(r -> r.hit() ? 1 : 0).toArray()),
        withRelevant.isEmpty() ? null : mean(withRelevant.stream().mapToDouble(QuestionResult::reciprocalRank).toArray()),
        Percentiles.nearestRank(rows.stream().map(QuestionResult::latencyMs).toList(), 50),
        Percentiles.nearestRank(rows.stream().map(QuestionResult::latencyMs).toList(), 95),
        AnswerQuality.of(rows));
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) sum += v;
    return sum / values.length;
  }
}
