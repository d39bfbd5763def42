package dev.cadenza.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import dev.cadenza.web.CadenzaApp;
import dev.cadenza.web.OpsSettings;
import dev.cadenza.web.RateLimit;
import dev.cadenza.web.WebConfig;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls to the model server show in /metrics by outcome, with retries and the circuit state, and in /api/ready. */
class ModelServerMetricsTest {

  @TempDir Path temp;
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeOpenAiServer server;
  private Cadenza cadenza;
  private Javalin app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) app.stop();
    if (cadenza != null) cadenza.close();
    if (server != null) server.close();
  }

  private String body(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private int ask(String base, String question) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/api/ask")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + question + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void answeredFailedAndRetriedCallsAreCountedWithTheCircuitState() throws Exception {
    LlmFixtures.warmUp();
    server = FakeOpenAiServer.start();
    LlmConfig llm = LlmConfig.of(server.baseUrl(), LlmFixtures.MODEL).withTimeout(Duration.ofSeconds(5)).withMaxRetries(1);
    Path corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    cadenza = Cadenza.open(new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data"), llm), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    WebConfig web = new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, "t"), temp), WebConfig.DEFAULT_MAX_UPLOAD_BYTES,
        RateLimit.OFF, new OpsSettings(true, false, false));
    app = CadenzaApp.create(cadenza, web).start("127.0.0.1", 0);
    String base = "http://127.0.0.1:" + app.port();

    server.enqueue(FakeOpenAiServer.Reply.answer("A deceptive cadence moves from V to vi instead of I. [1]"));
    assertThat(ask(base, "What is a deceptive cadence?")).isEqualTo(200);
    server.enqueue(FakeOpenAiServer.Reply.status(500), FakeOpenAiServer.Reply.status(500));
    assertThat(ask(base, "What is a plagal cadence?")).isEqualTo(200); // the embedded composer steps in

    String metrics = body(base + "/metrics");
    assertThat(metrics).contains("cadenza_model_calls_total{outcome=\"answered\"} 1.0");
    assertThat(metrics).contains("cadenza_model_calls_total{outcome=\"failed\"} 1.0");
    assertThat(metrics).contains("cadenza_model_calls_total{outcome=\"circuit_open\"} 0.0");
    assertThat(metrics).contains("cadenza_model_retries_total 1.0");
    assertThat(metrics).contains("cadenza_model_circuit_state 0.0");
    assertThat(metrics).contains("cadenza_model_fallbacks_total");
    assertThat(body(base + "/api/ready")).contains("\"modelServer\":\"circuit closed\"");
  }
}
