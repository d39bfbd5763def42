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
 * retrieval rank of the first relevant document (when the question names any) → key facts, refusal and
 * answer shape ({@link AnswerChecks}). A follow-up asks two questions in one conversation and scores the
 * second. Questions run one at a
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

  /** A follow-up asks its first question, then the follow-up, under one conversation id named after the question. */
  private Turns answer(QuestionSet set, EvalQuestion question, int k) {
    try {
      if (question.followUp() == null) return new Turns(null, subject.answer(question.question(), k));
      String conversation = "eval-" + question.id();
      SubjectAnswer first = subject.answer(question.question(), k, conversation);
      return new Turns(first, subject.answer(question.followUp(), k, conversation));
    } catch (RuntimeException e) {
      throw new IllegalStateException(set.source() + ": " + question.location() + " (" + question.id()
          + "): answering failed: " + e.getMessage(), e);
    }
  }

  /** The answer that is scored, and for a follow-up the answer to its first question. */
  private record Turns(SubjectAnswer first, SubjectAnswer scored) {}

  private QuestionResult score(EvalQuestion question, Turns turns) {
    SubjectAnswer answer = turns.scored();
    String words = TextMetrics.stripCitations(answer.text());
    String reference = question.reference();
    FactCounts facts = factChecker.map(checker -> checker.check(answer.text())).orElse(null);
    // A computed answer (a fingering) retrieves nothing by design: it is no retrieval miss, so it is not counted.
    Integer rank = question.hasRelevant() && !answer.computed()
        ? Retrieval.firstRelevantRank(answer.rankedDocIds(), new HashSet<>(question.relevant()))
        : null;
    boolean followUp = turns.first() != null;
    return new QuestionResult(question.id(), question.topic(), question.scoredQuestion(), reference, answer.text(),
        answer.covered(), TextMetrics.exactMatch(words, reference), TextMetrics.tokenF1(words, reference),
        similarity.similarity(words, reference), facts, question.relevant(), answer.rankedDocIds(), rank,
        answer.latencyMs(), question.kind(), AnswerChecks.of(question, answer.text(), answer.sourceText()),
        followUp ? question.question() : null, followUp ? turns.first().text() : null);
  }
}
