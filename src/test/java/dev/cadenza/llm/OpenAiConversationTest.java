package dev.cadenza.llm;

import static dev.cadenza.llm.FakeOpenAiServer.Reply.answer;
import static dev.cadenza.llm.LlmFixtures.MODEL;
import static dev.cadenza.llm.LlmFixtures.inConversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.answer.AnswererUnavailableException;
import dev.cadenza.llm.FakeOpenAiServer.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Follow-up questions reach the model with the earlier turns of their own conversation, and only those. */
class OpenAiConversationTest {

  private static final String FIRST = "What key has three sharps?";
  private static final String FIRST_ANSWER = "A major has three sharps: F#, C# and G# [1].";
  private static final String FOLLOW_UP = "And its relative minor?";

  private final FakeOpenAiServer server = FakeOpenAiServer.start();
  private final OpenAiAnswerer answerer = OpenAiAnswerer.create(LlmConfig.of(server.baseUrl(), MODEL));

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aFollowUpCarriesTheEarlierQuestionAndAnswer() {
    server.enqueue(answer(FIRST_ANSWER), answer("F# minor [2]."));
    answerer.answer(inConversation(FIRST, "conversation-1"));
    answerer.answer(inConversation(FOLLOW_UP, "conversation-1"));

    Recorded followUp = server.lastRequest();
    assertThat(followUp.roles()).containsExactly("system", "user", "assistant", "user");
    assertThat(followUp.contents().get(1)).isEqualTo(FIRST);
    assertThat(followUp.contents().get(2)).isEqualTo(FIRST_ANSWER);
    assertThat(followUp.lastUserMessage()).endsWith("Question: " + FOLLOW_UP).contains("<passage n=\"1\"");
  }

  @Test
  void anotherConversationDoesNotSeeIt() {
    server.enqueue(answer(FIRST_ANSWER), answer("F# minor [2]."));
    answerer.answer(inConversation(FIRST, "conversation-1"));
    answerer.answer(inConversation(FOLLOW_UP, "conversation-2"));

    assertThat(server.lastRequest().roles()).containsExactly("system", "user");
    assertThat(server.lastRequest().contents()).noneMatch(content -> content.contains(FIRST));
  }

  @Test
  void aQuestionWithoutConversationIsNeitherRememberedNorGivenHistory() {
    server.enqueue(answer(FIRST_ANSWER), answer("F# minor [2]."));
    answerer.answer(LlmFixtures.deceptiveCadence());
    answerer.answer(inConversation(FOLLOW_UP, "conversation-1"));
    assertThat(server.lastRequest().roles()).containsExactly("system", "user");
  }

  @Test
  void streamedAnswersAreRememberedToo() {
    server.enqueue(answer(FIRST_ANSWER), answer("F# minor [2]."));
    answerer.answer(inConversation(FIRST, "conversation-1"), token -> {});
    answerer.answer(inConversation(FOLLOW_UP, "conversation-1"), token -> {});
    assertThat(server.lastRequest().contents()).containsSequence(FIRST, FIRST_ANSWER);
  }

  @Test
  void aFailedAnswerIsNotRemembered() {
    server.enqueue(FakeOpenAiServer.Reply.status(400), answer("F# minor [2]."));
    assertThatThrownBy(() -> answerer.answer(inConversation(FIRST, "conversation-1")))
        .isInstanceOf(AnswererUnavailableException.class);
    answerer.answer(inConversation(FOLLOW_UP, "conversation-1"));
    assertThat(server.lastRequest().roles()).containsExactly("system", "user");
  }
}
