package dev.cadenza.eval;

import java.util.List;
import java.util.Objects;

/**
 * One question of an evaluation set with its reference answer.
 *
 * @param id stable name for reports: the file's {@code id} field, or the location when there is none
 * @param topic the corpus area it tests (e.g. "harmony"); the area of the first relevant document when
 *     the file names none, or {@link #UNLABELLED}
 * @param relevant ids of corpus documents that answer it (e.g. "harmony/cadences"); empty when the
 *     file does not say, and then the question is left out of recall@k and MRR
 * @param location where it came from, for error messages: "line 12" or "element 3"
 * @param kind how the answer is judged; {@link QuestionKind#OPEN} when the file does not say
 * @param keyFacts groups of accepted alternatives a correct answer contains (see {@link KeyFacts}); for a
 *     false-premise question, the correction its first sentence must state; empty when not given
 * @param followUp for a follow-up, the second question, asked in the same conversation after
 *     {@code question} and judged against the reference and key facts; null otherwise
 */
public record EvalQuestion(
    String id, String topic, String question, String reference, List<String> relevant, String location,
    QuestionKind kind, List<List<String>> keyFacts, String followUp) {

  public static final String UNLABELLED = "unlabelled";

  public EvalQuestion {
    Objects.requireNonNull(location, "location");
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException(location + ": question must not be empty");
    }
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException(location + ": reference answer must not be empty");
    }
    kind = kind == null ? QuestionKind.OPEN : kind;
    followUp = followUp == null || followUp.isBlank() ? null : followUp;
    if ((kind == QuestionKind.FOLLOW_UP) != (followUp != null)) {
      throw new IllegalArgumentException(location + ": a follow-up needs \"followup\", and only a follow-up has one");
    }
    keyFacts = keyFacts == null ? List.of() : keyFacts.stream().map(List::copyOf).toList();
    if (keyFacts.stream().anyMatch(group -> group.isEmpty() || group.stream().anyMatch(String::isBlank))) {
      throw new IllegalArgumentException(location + ": every key-fact group needs non-blank alternatives");
    }
    relevant = relevant == null ? List.of() : List.copyOf(relevant);
    id = id == null || id.isBlank() ? location.replace(' ', '-') : id;
    if (topic == null || topic.isBlank()) {
      topic = relevant.isEmpty() || !relevant.getFirst().contains("/")
          ? UNLABELLED
          : relevant.getFirst().substring(0, relevant.getFirst().indexOf('/'));
    }
  }

  /** An open question without key facts or a follow-up, as the chat layouts and older files give. */
  public EvalQuestion(String id, String topic, String question, String reference, List<String> relevant, String location) {
    this(id, topic, question, reference, relevant, location, QuestionKind.OPEN, List.of(), null);
  }

  public boolean hasRelevant() {
    return !relevant.isEmpty();
  }

  /** The question whose answer is scored: the follow-up when there is one. */
  public String scoredQuestion() {
    return followUp == null ? question : followUp;
  }
}
