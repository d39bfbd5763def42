package dev.cadenza.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent turns of each conversation, so that a follow-up ("and its relative minor?") reaches the
 * model with the questions and answers before it. Each conversation id has its own window of the
 * last {@code maxMessages} messages (a question and its answer are two); memories are never shared
 * between ids. At most {@code maxConversations} are kept: the least recently used one is forgotten
 * first. Only the question and the answer are remembered, not the passages, so the window stays small.
 * Thread-safe.
 */
public final class ConversationMemory {

  public static final int DEFAULT_MAX_CONVERSATIONS = 1_000;
  public static final int DEFAULT_MAX_MESSAGES = 6;

  private final int maxMessages;
  private final Map<String, ChatMemory> conversations;

  public ConversationMemory(int maxConversations, int maxMessages) {
    if (maxConversations < 1) {
      throw new IllegalArgumentException("illegal maxConversations: " + maxConversations + ", must be >= 1");
    }
    if (maxMessages < 2 || maxMessages % 2 != 0) {
      throw new IllegalArgumentException("illegal maxMessages: " + maxMessages
          + ", must be even and >= 2 so that questions and answers stay in pairs");
    }
    this.maxMessages = maxMessages;
    this.conversations = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, ChatMemory> eldest) {
        return size() > maxConversations;
      }
    };
  }

  public ConversationMemory() {
    this(DEFAULT_MAX_CONVERSATIONS, DEFAULT_MAX_MESSAGES);
  }

  /** The remembered turns of a conversation, oldest first; empty for an unknown id. */
  synchronized List<ChatMessage> history(String conversationId) {
    ChatMemory memory = conversations.get(conversationId);
    return memory == null ? List.of() : List.copyOf(memory.messages());
  }

  /** Adds a question and its answer to a conversation, dropping its oldest turns past the window. */
  synchronized void remember(String conversationId, String question, String answer) {
    ChatMemory memory = conversations.computeIfAbsent(conversationId,
        id -> MessageWindowChatMemory.builder().id(id).maxMessages(maxMessages).build());
    memory.add(UserMessage.from(question));
    memory.add(AiMessage.from(answer));
  }

  /** Forgets a conversation. */
  public synchronized void forget(String conversationId) {
    conversations.remove(conversationId);
  }

  /** How many conversations are remembered. */
  public synchronized int size() {
    return conversations.size();
  }
}
