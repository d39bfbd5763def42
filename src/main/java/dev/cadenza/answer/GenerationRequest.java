package dev.cadenza.answer;

import dev.cadenza.corpus.Level;
import dev.cadenza.retrieve.Passage;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a generator gets: the question, the passages it may cite (numbered from 1 in this order)
 * and exact facts computed by the theory engine, which it must state as given.
 *
 * @param conversationId groups follow-up questions so a model backend can see the earlier turns;
 *     null for a standalone question. Backends without memory ignore it.
 * @param register the level of the student the answer is written for (plain words for a beginner, compact for an
 *     advanced one); null to write as the backend always does
 */
public record GenerationRequest(String question, List<Passage> passages, List<String> exactFacts, String conversationId,
    Level register) {

  public static final int MAX_CONVERSATION_ID_LENGTH = 128;
  private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_CONVERSATION_ID_LENGTH + "}");

  public GenerationRequest {
    passages = List.copyOf(passages);
    exactFacts = List.copyOf(exactFacts);
    if (conversationId != null && !CONVERSATION_ID.matcher(conversationId).matches()) {
      throw new IllegalArgumentException("illegal conversationId: '" + conversationId + "', must be 1 to "
          + MAX_CONVERSATION_ID_LENGTH + " letters, digits, '.', '_', ':' or '-'");
    }
  }

  /** A question written for no particular level. */
  public GenerationRequest(String question, List<Passage> passages, List<String> exactFacts, String conversationId) {
    this(question, passages, exactFacts, conversationId, null);
  }

  /** A standalone question, outside any conversation. */
  public GenerationRequest(String question, List<Passage> passages, List<String> exactFacts) {
    this(question, passages, exactFacts, null);
  }
}
