package dev.cadenza.llm;

import static dev.cadenza.llm.LlmFixtures.MODEL;
import static dev.cadenza.llm.LlmFixtures.deceptiveCadence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.answer.Draft;
import dev.cadenza.llm.FakeOpenAiServer.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streamed answers: tokens in order, on the caller's thread, adding up to the draft. */
class OpenAiStreamingTest {

  private static final String[] TOKENS = {"A ", "deceptive ", "cadence ", "moves ", "from ", "V ", "to ", "vi ", "[1]", "."};

  private final FakeOpenAiServer server = FakeOpenAiServer.start();
  private final OpenAiAnswerer answerer = OpenAiAnswerer.create(LlmConfig.of(server.baseUrl(), MODEL));

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void tokensArriveInOrderAndConcatenateToTheDraft() {
    server.enqueue(Reply.tokens(TOKENS));
    List<String> tokens = new ArrayList<>();
    Draft draft = answerer.answer(deceptiveCadence(), tokens::add);
    assertThat(tokens).containsExactly(TOKENS);
    assertThat(String.join("", tokens)).isEqualTo(draft.text()).isEqualTo("A deceptive cadence moves from V to vi [1].");
    assertThat(draft.covered()).isTrue();
  }

  @Test
  void tokensReachTheConsumerOnTheCallingThread() {
    server.enqueue(Reply.tokens(TOKENS));
    List<Thread> threads = new ArrayList<>();
    answerer.answer(deceptiveCadence(), token -> threads.add(Thread.currentThread()));
    assertThat(threads).hasSize(TOKENS.length).containsOnly(Thread.currentThread());
  }

  @Test
  void asksForAStreamWithTheSamePrompt() {
    server.enqueue(Reply.tokens(TOKENS), Reply.tokens(TOKENS));
    answerer.answer(deceptiveCadence());
    answerer.answer(deceptiveCadence(), token -> {});
    FakeOpenAiServer.Recorded plain = server.requests().get(0);
    FakeOpenAiServer.Recorded streamed = server.requests().get(1);
    assertThat(streamed.stream()).isTrue();
    assertThat(streamed.contents()).isEqualTo(plain.contents());
    assertThat(streamed.body().path("temperature").asDouble()).isEqualTo(0.1);
  }

  @Test
  void aFailingConsumerPropagatesWithoutCountingAgainstTheServer() {
    server.enqueue(Reply.tokens(TOKENS));
    IllegalStateException gone = new IllegalStateException("client went away");
    assertThatThrownBy(() -> answerer.answer(deceptiveCadence(), token -> {
      throw gone;
    })).isSameAs(gone);
    assertThat(answerer.circuitBreaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(server.requests()).hasSize(1);
  }
}
