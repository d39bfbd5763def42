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
 */
public record EvalQuestion(
    String id, String topic, String question, String reference, List<String> relevant, String location) {

  public static final String UNLABELLED = "unlabelled";

  public EvalQuestion {
    Objects.requireNonNull(location, "location");
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException(location + ": question must not be empty");
    }
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException(location + ": reference answer must not be empty");
    }
    relevant = relevant == null ? List.of() : List.copyOf(relevant);
    id = id == null || id.isBlank() ? location.replace(' ', '-') : id;
    if (topic == null || topic.isBlank()) {
      topic = relevant.isEmpty() || !relevant.getFirst().contains("/")
          ? UNLABELLED
          : relevant.getFirst().substring(0, relevant.getFirst().indexOf('/'));
    }
  }

  public boolean hasRelevant() {
    return !relevant.isEmpty();
  }
}
