package dev.cadenza.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationMemoryTest {

  private static List<String> texts(List<ChatMessage> messages) {
    return messages.stream().map(m -> m instanceof UserMessage u ? "Q:" + u.singleText() : "A:" + ((AiMessage) m).text()).toList();
  }

  @Test
  void keepsTheLastTurnsOfAConversation() {
    ConversationMemory memory = new ConversationMemory(10, 4);
    memory.remember("c", "q1", "a1");
    memory.remember("c", "q2", "a2");
    memory.remember("c", "q3", "a3");
    assertThat(texts(memory.history("c"))).containsExactly("Q:q2", "A:a2", "Q:q3", "A:a3");
  }

  @Test
  void neverSharesTurnsBetweenConversations() {
    ConversationMemory memory = new ConversationMemory();
    memory.remember("a", "q1", "a1");
    memory.remember("b", "q2", "a2");
    assertThat(texts(memory.history("a"))).containsExactly("Q:q1", "A:a1");
    assertThat(texts(memory.history("b"))).containsExactly("Q:q2", "A:a2");
    assertThat(memory.history("c")).isEmpty();
  }

  @Test
  void forgetsTheLeastRecentlyUsedConversationFirst() {
    ConversationMemory memory = new ConversationMemory(2, 2);
    memory.remember("a", "q", "a");
    memory.remember("b", "q", "a");
    memory.history("a");
    memory.remember("c", "q", "a");
    assertThat(memory.size()).isEqualTo(2);
    assertThat(memory.history("b")).isEmpty();
    assertThat(memory.history("a")).hasSize(2);
  }

  @Test
  void forgetsAConversationOnRequest() {
    ConversationMemory memory = new ConversationMemory();
    memory.remember("a", "q", "a");
    memory.forget("a");
    assertThat(memory.history("a")).isEmpty();
  }

  @Test
  void rejectsAWindowThatWouldSplitAQuestionFromItsAnswer() {
    assertThatThrownBy(() -> new ConversationMemory(10, 5))
        .hasMessage("illegal maxMessages: 5, must be even and >= 2 so that questions and answers stay in pairs");
  }
}
