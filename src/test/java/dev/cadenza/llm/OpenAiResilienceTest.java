package dev.cadenza.llm;

import static dev.cadenza.llm.FakeOpenAiServer.Reply.answer;
import static dev.cadenza.llm.FakeOpenAiServer.Reply.status;
import static dev.cadenza.llm.LlmFixtures.MODEL;
import static dev.cadenza.llm.LlmFixtures.deceptiveCadence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.answer.AnswererUnavailableException;
import dev.cadenza.answer.Draft;
import dev.cadenza.answer.FallbackAnswerer;
import dev.cadenza.learners.SimulatedClock;
import dev.cadenza.llm.CircuitBreaker.State;
import dev.cadenza.llm.FakeOpenAiServer.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries with backoff for transient failures, and a circuit breaker that stops calling a dead server. */
class OpenAiResilienceTest {

  private static final String ANSWER = "A deceptive cadence moves from V to vi [1].";
  private static final Duration COOL_DOWN = Duration.ofSeconds(30);

  private final FakeOpenAiServer server = FakeOpenAiServer.start();
  private final List<Duration> pauses = new ArrayList<>();
  private final SimulatedClock clock = new SimulatedClock(Instant.parse("2024-01-01T00:00:00Z"));
  private final CircuitBreaker breaker = new CircuitBreaker(new CircuitBreaker.Options(2, COOL_DOWN), clock);

  @AfterEach
  void stopServer() {
    server.close();
  }

  private OpenAiAnswerer answerer(int maxRetries) {
    return OpenAiAnswerer.builder(LlmConfig.of(server.baseUrl(), MODEL).withMaxRetries(maxRetries))
        .circuitBreaker(breaker)
        .pause(pauses::add)
        .build();
  }

  @Test
  void retriesA503AndSucceeds() {
    server.enqueue(status(503), answer(ANSWER));
    assertThat(answerer(2).answer(deceptiveCadence()).text()).isEqualTo(ANSWER);
    assertThat(server.requests()).hasSize(2);
    assertThat(pauses).containsExactly(Duration.ofMillis(250));
    assertThat(breaker.state()).isEqualTo(State.CLOSED);
  }

  @Test
  void backsOffExponentiallyAndGivesUpAfterMaxRetries() {
    server.enqueue(status(429), status(429), status(429));
    assertThatThrownBy(() -> answerer(2).answer(deceptiveCadence()))
        .isInstanceOf(AnswererUnavailableException.class)
        .hasMessage("HTTP 429 from model server");
    assertThat(server.requests()).hasSize(3);
    assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void doesNotRetryAClientError() {
    server.enqueue(status(400), answer(ANSWER));
    assertThatThrownBy(() -> answerer(2).answer(deceptiveCadence())).hasMessage("HTTP 400 from model server");
    assertThat(server.requests()).hasSize(1);
    assertThat(pauses).isEmpty();
  }

  @Test
  void aClientErrorDoesNotCountAgainstTheServer() {
    server.enqueue(status(400), status(404), answer(ANSWER));
    OpenAiAnswerer answerer = answerer(0);
    assertThatThrownBy(() -> answerer.answer(deceptiveCadence())).hasMessage("HTTP 400 from model server");
    assertThatThrownBy(() -> answerer.answer(deceptiveCadence())).hasMessage("HTTP 404 from model server");
    assertThat(breaker.state()).isEqualTo(State.CLOSED);
    assertThat(answerer.answer(deceptiveCadence()).text()).isEqualTo(ANSWER);
  }

  @Test
  void retriesAStreamThatFailsBeforeItsFirstToken() {
    server.enqueue(status(502), Reply.tokens("A ", "deceptive ", "cadence [1]."));
    List<String> tokens = new ArrayList<>();
    Draft draft = answerer(1).answer(deceptiveCadence(), tokens::add);
    assertThat(draft.text()).isEqualTo("A deceptive cadence [1].");
    assertThat(tokens).containsExactly("A ", "deceptive ", "cadence [1].");
    assertThat(server.requests()).hasSize(2).allMatch(FakeOpenAiServer.Recorded::stream);
  }

  @Test
  void opensAfterConsecutiveFailuresAndThenFailsFastWithoutCallingTheServer() {
    server.enqueue(status(500), status(500));
    OpenAiAnswerer answerer = answerer(0);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> answerer.answer(deceptiveCadence())).hasMessage("HTTP 500 from model server");
    }
    assertThat(breaker.state()).isEqualTo(State.OPEN);

    assertThatThrownBy(() -> answerer.answer(deceptiveCadence()))
        .isInstanceOf(AnswererUnavailableException.class)
        .hasMessage("model server unavailable (circuit open)");
    assertThatThrownBy(() -> answerer.answer(deceptiveCadence(), token -> {}))
        .hasMessage("model server unavailable (circuit open)");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void halfOpensAfterTheCoolDownAndClosesWhenTheProbeSucceeds() {
    server.enqueue(status(500), status(500));
    OpenAiAnswerer answerer = answerer(0);
    openCircuit(answerer);

    clock.advance(COOL_DOWN.plusMillis(1));
    assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
    server.enqueue(answer(ANSWER));
    assertThat(answerer.answer(deceptiveCadence()).text()).isEqualTo(ANSWER);
    assertThat(server.requests()).hasSize(3);
    assertThat(breaker.state()).isEqualTo(State.CLOSED);
  }

  @Test
  void reopensWhenTheProbeFails() {
    server.enqueue(status(500), status(500));
    OpenAiAnswerer answerer = answerer(0);
    openCircuit(answerer);

    clock.advance(COOL_DOWN.plusMillis(1));
    server.enqueue(status(503));
    assertThatThrownBy(() -> answerer.answer(deceptiveCadence())).hasMessage("HTTP 503 from model server");
    assertThat(breaker.state()).isEqualTo(State.OPEN);
    assertThatThrownBy(() -> answerer.answer(deceptiveCadence())).hasMessage("model server unavailable (circuit open)");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void fallbackSaysTheCircuitIsOpen() {
    server.enqueue(status(500), status(500));
    OpenAiAnswerer answerer = answerer(0);
    openCircuit(answerer);
    Draft draft = new FallbackAnswerer(answerer).answer(deceptiveCadence());
    assertThat(draft.fallback()).isEqualTo("model server unavailable (circuit open)");
    assertThat(draft.covered()).isTrue();
  }

  private void openCircuit(OpenAiAnswerer answerer) {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> answerer.answer(deceptiveCadence())).isInstanceOf(AnswererUnavailableException.class);
    }
    assertThat(breaker.state()).isEqualTo(State.OPEN);
  }
}
