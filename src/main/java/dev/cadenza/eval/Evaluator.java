package dev.cadenza.eval;

import dev.cadenza.index.Progress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores an answerer on a question set: for each question, ask → strip citation markers → exact match,
 * token F1 and embedding similarity against the reference → fact check (when a checker is given) →
 * retrieval rank of the first relevant document (when the question names any). Questions run one at a
 * time, in file order, so latencies are not skewed by contention.
 */
public final class Evaluator {

  private final EvalSubject subject;
  private final TextSimilarity similarity;
  private final Optional<FactChecker> factChecker;

  public Evaluator(EvalSubject subject, TextSimilarity similarity, Optional<FactChecker> factChecker) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.similarity = Objects.requireNonNull(similarity, "similarity");
    this.factChecker = Objects.requireNonNull(factChecker, "factChecker");
  }

  public EvalReport run(QuestionSet set, int k, Progress progress) {
    List<EvalQuestion> questions = set.questions();
    List<QuestionResult> rows = new ArrayList<>(questions.size());
    progress.update("evaluating", 0, questions.size());
    for (EvalQuestion question : questions) {
      rows.add(score(question, answer(set, question, k)));
      progress.update("evaluating", rows.size(), questions.size());
    }
    return EvalReport.of(set, subject.name(), k, factChecker.isPresent(), rows);
  }

  private SubjectAnswer answer(QuestionSet set, EvalQuestion question, int k) {
    try {
      return subject.answer(question.question(), k);
    } catch (RuntimeException e) {
      throw new IllegalStateException(set.source() + ": " + question.location() + " (" + question.id()
          + "): answering failed: " + e.getMessage(), e);
    }
  }

  private QuestionResult score(EvalQuestion question, SubjectAnswer answer) {
    String words = TextMetrics.stripCitations(answer.text());
    String reference = question.reference();
    FactCounts facts = factChecker.map(checker -> checker.check(answer.text())).orElse(null);
    Integer rank = question.hasRelevant()
        ? Retrieval.firstRelevantRank(answer.rankedDocIds(), new HashSet<>(question.relevant()))
        : null;
    return new QuestionResult(question.id(), question.topic(), question.question(), reference, answer.text(),
        answer.covered(), TextMetrics.exactMatch(words, reference), TextMetrics.tokenF1(words, reference),
        similarity.similarity(words, reference), facts, question.relevant(), answer.rankedDocIds(), rank,
        answer.latencyMs());
  }
}
