package dev.cadenza.eval;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How well answers teach, over a group of questions. Each value is null when the group has no question
 * it applies to.
 *
 * @param keyFactCoverage mean over in-scope questions with key facts of covered groups / groups
 * @param keyFactN in-scope questions with key facts
 * @param sourceKeyFactCoverage mean over those whose passages are reported of the groups the passages hold / groups:
 *     the most the answers could cover by quoting them
 * @param refusalPrecision out-of-scope questions refused / all refused questions except false premises
 * @param refusalRecall out-of-scope questions refused / out-of-scope questions
 * @param outOfScopeN out-of-scope questions
 * @param inScopeRefusalRate in-scope questions refused / in-scope questions
 * @param inScopeN in-scope questions (open, computed, follow-up)
 * @param falsePremiseAccuracy false premises refused or corrected in the first sentence / false premises
 * @param falsePremiseN false-premise questions
 * @param followUpAccuracy follow-ups answered (not refused) with all key facts covered / follow-ups
 * @param followUpN follow-up questions
 * @param sentencesPerAnswer mean sentence count of the answers that were not refusals
 * @param danglingOpenerShare share of those answers whose first sentence leans on a missing antecedent
 * @param answeredN answers that were not refusals
 */
public record AnswerQuality(
    Double keyFactCoverage, int keyFactN, Double sourceKeyFactCoverage,
    Double refusalPrecision, Double refusalRecall, int outOfScopeN, Double inScopeRefusalRate, int inScopeN,
    Double falsePremiseAccuracy, int falsePremiseN,
    Double followUpAccuracy, int followUpN,
    Double sentencesPerAnswer, Double danglingOpenerShare, int answeredN) {

  public static AnswerQuality of(List<QuestionResult> rows) {
    List<QuestionResult> inScope = rows.stream().filter(r -> r.kind().inScope()).toList();
    List<Double> coverage = inScope.stream().map(r -> r.checks().keyFactCoverage()).filter(Objects::nonNull).toList();
    List<QuestionResult> outOfScope = ofKind(rows, QuestionKind.OUT_OF_SCOPE);
    List<QuestionResult> refusedJudged = rows.stream()
        .filter(r -> r.refused() && r.kind() != QuestionKind.FALSE_PREMISE).toList();
    List<QuestionResult> falsePremises = ofKind(rows, QuestionKind.FALSE_PREMISE);
    List<QuestionResult> followUps = ofKind(rows, QuestionKind.FOLLOW_UP);
    List<QuestionResult> answered = rows.stream().filter(QuestionResult::covered).toList();
    return new AnswerQuality(
        mean(coverage), coverage.size(),
        mean(inScope.stream().map(r -> r.checks().sourceKeyFactCoverage()).filter(Objects::nonNull).toList()),
        share(refusedJudged, r -> r.kind() == QuestionKind.OUT_OF_SCOPE),
        share(outOfScope, QuestionResult::refused), outOfScope.size(),
        share(inScope, QuestionResult::refused), inScope.size(),
        share(falsePremises, QuestionResult::handled), falsePremises.size(),
        share(followUps, QuestionResult::handled), followUps.size(),
        mean(answered.stream().map(r -> (double) r.checks().sentences()).toList()),
        share(answered, r -> r.checks().danglingOpener()), answered.size());
  }

  private static List<QuestionResult> ofKind(List<QuestionResult> rows, QuestionKind kind) {
    return rows.stream().filter(r -> r.kind() == kind).toList();
  }

  private static Double share(List<QuestionResult> rows, Predicate<QuestionResult> test) {
    return rows.isEmpty() ? null : (double) rows.stream().filter(test).count() / rows.size();
  }

  private static Double mean(List<Double> values) {
    return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
  }
}
