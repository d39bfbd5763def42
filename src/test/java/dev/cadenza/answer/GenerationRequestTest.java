package dev.cadenza.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationRequestTest {

  @Test
  void aStandaloneQuestionHasNoConversation() {
    assertThat(new GenerationRequest("q", List.of(), List.of()).conversationId()).isNull();
  }

  @Test
  void acceptsAUuidAsConversationId() {
    String id = "3f2b6c1e-9a4d-4e8b-b1c2-0d5e6f7a8b9c";
    assertThat(new GenerationRequest("q", List.of(), List.of(), id).conversationId()).isEqualTo(id);
  }

  @Test
  void rejectsAConversationIdWithSpaces() {
    assertThatThrownBy(() -> new GenerationRequest("q", List.of(), List.of(), "a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("illegal conversationId: 'a b', must be 1 to 128 letters, digits, '.', '_', ':' or '-'");
  }

  @Test
  void rejectsAnOverlongConversationId() {
    assertThatThrownBy(() -> new GenerationRequest("q", List.of(), List.of(), "x".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
