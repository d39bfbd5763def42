package dev.cadenza.eval;

import java.util.List;

/**
 * What was checked in one answer beyond the text scores.
 *
 * @param keyFactGroups key-fact groups the question lists (0 when it lists none)
 * @param missedKeyFacts the groups the answer does not cover (for a false premise: not in its first sentence)
 * @param sentences sentences in the answer (see {@link AnswerShape})
 * @param danglingOpener whether the first sentence leans on an antecedent the reader never saw
 * @param sourceKeyFacts the key-fact groups the passages handed to the answerer hold, the most any answer quoting
 *     them could cover; null where the passages are unreported or the question lists no key facts
 */
public record AnswerChecks(int keyFactGroups, List<List<String>> missedKeyFacts, int sentences, boolean danglingOpener,
    Integer sourceKeyFacts) {

  public AnswerChecks {
    missedKeyFacts = missedKeyFacts.stream().map(List::copyOf).toList();
  }

  /** Checks an answer against a question; a false premise must be corrected in the first sentence. */
  public static AnswerChecks of(EvalQuestion question, String answer) {
    return of(question, answer, "");
  }

  /** Checks an answer, and what the passages it was composed from hold: {@code sourceText} empty when unreported. */
  public static AnswerChecks of(EvalQuestion question, String answer, String sourceText) {
    List<String> sentences = AnswerShape.sentences(answer);
    String judged = question.kind() == QuestionKind.FALSE_PREMISE
        ? (sentences.isEmpty() ? "" : sentences.getFirst())
        : answer;
    return new AnswerChecks(question.keyFacts().size(), KeyFacts.missed(judged, question.keyFacts()),
        sentences.size(), AnswerShape.danglingOpener(answer),
        sourceText.isBlank() || question.keyFacts().isEmpty() ? null
            : question.keyFacts().size() - KeyFacts.missed(sourceText, question.keyFacts()).size());
  }

  /** Covered groups / groups; null when the question lists no key facts. */
  public Double keyFactCoverage() {
    return keyFactGroups == 0 ? null : (double) (keyFactGroups - missedKeyFacts.size()) / keyFactGroups;
  }

  /** Key-fact groups the passages hold / groups; null when unknown. */
  public Double sourceKeyFactCoverage() {
    return sourceKeyFacts == null ? null : (double) sourceKeyFacts / keyFactGroups;
  }

  public boolean allKeyFactsCovered() {
    return missedKeyFacts.isEmpty();
  }
}
