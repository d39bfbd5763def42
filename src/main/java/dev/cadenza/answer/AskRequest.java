package dev.cadenza.answer;

import dev.cadenza.corpus.Level;
import dev.cadenza.index.Filter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A student's question with retrieval options; validated here so every entry point gets the same errors.
 *
 * @param conversationId groups follow-up questions for model backends with memory; null for a one-off question
 * @param context facts the caller vouches for (an uploaded file's analysis), given to the generator as ground truth
 * @param preferredLevel a learner's level: passages written for it rank higher, others still count; null for none
 */
public record AskRequest(String question, int k, Filter filter, String conversationId, List<String> context,
    Level preferredLevel) {
  public static final int DEFAULT_K = 5;
  public static final int MAX_K = 20;
  public static final int MAX_QUESTION_CHARS = 2000;
  public static final int MAX_CONVERSATION_ID_CHARS = 128;
  private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_CONVERSATION_ID_CHARS + "}");

  public AskRequest {
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("question must not be empty");
    }
    question = question.strip();
    if (question.length() > MAX_QUESTION_CHARS) {
      throw new IllegalArgumentException(
          "question is too long: " + question.length() + " characters, at most " + MAX_QUESTION_CHARS);
    }
    if (k < 1 || k > MAX_K) {
      throw new IllegalArgumentException("illegal k: " + k + ", must be between 1 and " + MAX_K);
    }
    filter = filter == null ? Filter.NONE : filter;
    if (conversationId != null && conversationId.isBlank()) {
      conversationId = null;
    }
    if (conversationId != null && !CONVERSATION_ID.matcher(conversationId).matches()) {
      throw new IllegalArgumentException("illegal conversationId: use 1 to " + MAX_CONVERSATION_ID_CHARS
          + " letters, digits, '.', '_', ':' or '-'");
    }
    context = context == null ? List.of() : List.copyOf(context);
  }

  /** The level the answer is written for: the learner's, else the level the passages were restricted to; null for none. */
  public Level register() {
    return preferredLevel != null ? preferredLevel : filter.level() == null ? null : Level.parse(filter.level());
  }

  public AskRequest(String question, int k, Filter filter, String conversationId, List<String> context) {
    this(question, k, filter, conversationId, context, null);
  }

  public AskRequest(String question, int k, Filter filter, String conversationId) {
    this(question, k, filter, conversationId, List.of());
  }

  public AskRequest(String question, int k, Filter filter) {
    this(question, k, filter, null);
  }

  public AskRequest(String question) {
    this(question, DEFAULT_K, Filter.NONE);
  }
}
