package dev.cadenza.llm;

import static dev.cadenza.llm.FakeOpenAiServer.Reply.answer;
import static dev.cadenza.llm.FakeOpenAiServer.Reply.garbage;
import static dev.cadenza.llm.FakeOpenAiServer.Reply.status;
import static dev.cadenza.llm.LlmFixtures.MODEL;
import static dev.cadenza.llm.LlmFixtures.deceptiveCadence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.answer.AnswererUnavailableException;
import dev.cadenza.answer.Draft;
import dev.cadenza.answer.FallbackAnswerer;
import dev.cadenza.answer.GroundedComposer;
import dev.cadenza.llm.FakeOpenAiServer.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way a model server fails becomes an unavailable answerer with a short reason, and the fallback answers instead. */
class OpenAiAnswererFailureTest {

  private static final Duration SHORT = Duration.ofMillis(300);
  private static final Duration GENEROUS = Duration.ofSeconds(10);
  private static final Duration LATE = Duration.ofSeconds(30);

  private final FakeOpenAiServer server = FakeOpenAiServer.start();

  @BeforeAll
  static void warmUp() {
    LlmFixtures.warmUp();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** What the server does (null: nothing listens on the port), the client's timeout, and the reason users see. */
  static Stream<Arguments> failures() {
    return Stream.of(
        // The server answers long after the client's timeout.
        Arguments.of("timeout", answer("Too late [1].").after(LATE), SHORT, "timeout after 300 ms"),
        // An internal server error.
        Arguments.of("HTTP 500", status(500), GENEROUS, "HTTP 500 from model server"),
        // A proxy's error page instead of JSON or an event stream.
        Arguments.of("garbage", garbage("<html>502 Bad Gateway</html>"), GENEROUS, "malformed response"),
        // A well-formed answer without text.
        Arguments.of("empty", answer(""), GENEROUS, "empty response"),
        // Nothing listens on the port.
        Arguments.of("closed port", null, GENEROUS, "model server unreachable"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failureBecomesUnavailableWithAShortReason(String scenario, Reply reply, Duration timeout, String reason) {
    OpenAiAnswerer answerer = answerer(script(reply), timeout);
    assertThatThrownBy(() -> answerer.answer(deceptiveCadence()))
        .isInstanceOf(AnswererUnavailableException.class)
        .hasMessage(reason)
        .cause().isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void streamingFailureBecomesUnavailableWithAShortReason(String scenario, Reply reply, Duration timeout, String reason) {
    OpenAiAnswerer answerer = answerer(script(reply), timeout);
    List<String> tokens = new ArrayList<>();
    assertThatThrownBy(() -> answerer.answer(deceptiveCadence(), tokens::add))
        .isInstanceOf(AnswererUnavailableException.class)
        .hasMessage(reason);
    assertThat(tokens).allMatch(String::isEmpty);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void fallbackAnswersFromTheEmbeddedComposerAndSaysWhy(String scenario, Reply reply, Duration timeout, String reason) {
    FallbackAnswerer answerer = new FallbackAnswerer(answerer(script(reply), timeout));
    Draft draft = answerer.answer(deceptiveCadence());
    assertThat(draft.text()).isEqualTo(new GroundedComposer().answer(deceptiveCadence()).text());
    assertThat(draft.fallback()).isEqualTo(reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void streamingFallbackStreamsTheEmbeddedAnswer(String scenario, Reply reply, Duration timeout, String reason) {
    FallbackAnswerer answerer = new FallbackAnswerer(answerer(script(reply), timeout));
    List<String> tokens = new ArrayList<>();
    Draft draft = answerer.answer(deceptiveCadence(), tokens::add);
    assertThat(String.join("", tokens)).isEqualTo(draft.text())
        .isEqualTo(new GroundedComposer().answer(deceptiveCadence()).text());
    assertThat(draft.fallback()).isEqualTo(reason);
  }

  @Test
  void aStreamThatStallsTimesOutAfterTheTokensItSent() {
    server.enqueue(Reply.tokens("A ", "deceptive ", "cadence").stallingAfter(1));
    List<String> tokens = new ArrayList<>();
    assertThatThrownBy(() -> answerer(server.baseUrl(), Duration.ofSeconds(1)).answer(deceptiveCadence(), tokens::add))
        .isInstanceOf(AnswererUnavailableException.class)
        .hasMessage("timeout after 1 s");
    assertThat(tokens).containsExactly("A ");
  }

  @Test
  void aStalledStreamFallsBackAndTheDraftIsTheWholeEmbeddedAnswer() {
    server.enqueue(Reply.tokens("A ", "deceptive ").stallingAfter(1));
    List<String> tokens = new ArrayList<>();
    FallbackAnswerer answerer = new FallbackAnswerer(answerer(server.baseUrl(), Duration.ofSeconds(1)));
    Draft draft = answerer.answer(deceptiveCadence(), tokens::add);
    String embedded = new GroundedComposer().answer(deceptiveCadence()).text();
    assertThat(draft.text()).isEqualTo(embedded);
    assertThat(draft.fallback()).isEqualTo("timeout after 1 s");
    assertThat(String.join("", tokens)).isEqualTo("A " + embedded);
  }

  private String script(Reply reply) {
    if (reply == null) {
      return "http://127.0.0.1:" + closedPort() + "/v1";
    }
    server.enqueue(reply);
    return server.baseUrl();
  }

  private static OpenAiAnswerer answerer(String baseUrl, Duration timeout) {
    return OpenAiAnswerer.create(LlmConfig.of(baseUrl, MODEL).withTimeout(timeout).withMaxRetries(0));
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
