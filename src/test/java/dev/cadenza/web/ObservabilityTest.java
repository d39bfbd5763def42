package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.app.Cadenza;
import dev.cadenza.answer.Admission;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.app.Json;
import dev.cadenza.index.Progress;
import dev.cadenza.store.DatabaseSettings;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request ids, request log lines, readiness and the Prometheus scrape. */
class ObservabilityTest {

  @TempDir Path temp;
  private Cadenza cadenza;
  private Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  private String start(OpsSettings ops) {
    Path corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    cadenza = Cadenza.open(new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data")), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    WebConfig web = new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, "t"), temp), WebConfig.DEFAULT_MAX_UPLOAD_BYTES,
        RateLimit.OFF, ops);
    app = CadenzaApp.create(cadenza, web).start("127.0.0.1", 0);
    return "http://127.0.0.1:" + app.port();
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) app.stop();
    if (cadenza != null) cadenza.close();
  }

  private HttpResponse<String> get(String url, String requestId) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (requestId != null) request.header("X-Request-Id", requestId);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> ask(String base, String question) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/api/ask")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + question + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void metricsCountRequestsAnswersAndClaimsWithTheirLabels() throws Exception {
    String base = start(new OpsSettings(true, false, false));
    assertThat(ask(base, "Spell a G7 chord.").statusCode()).isEqualTo(200);
    assertThat(ask(base, "What is a deceptive cadence?").statusCode()).isEqualTo(200);
    assertThat(get(base + "/api/search?q=", null).statusCode()).isEqualTo(400);

    HttpResponse<String> scrape = get(base + "/metrics", null);
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    String metrics = scrape.body();
    assertThat(metrics).contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/ask\",status=\"200\"} 2");
    assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"400\"} 1");
    assertThat(metrics).contains("http_server_requests_seconds_bucket{method=\"POST\",route=\"/api/ask\",status=\"200\",le=");
    assertThat(metrics).containsPattern("cadenza_answers_total\\{backend=\"embedded\",covered=\"(true|false)\"} ");
    assertThat(metrics).contains("cadenza_verifier_claims_total{verdict=\"correct\"}");
    assertThat(metrics).contains("cadenza_answer_step_seconds_count{step=\"retrieve\"} 2");
    assertThat(metrics).containsPattern("cadenza_index_chunks [1-9]");
    assertThat(metrics).contains("cadenza_admission_refused_total 0.0");
  }

  @Test
  void metricsAreOffUnlessConfigured() throws Exception {
    String base = start(OpsSettings.DEFAULT);
    assertThat(get(base + "/metrics", null).statusCode()).isEqualTo(404);
  }

  @Test
  void aSaneRequestIdComesBackAndOtherwiseOneIsMade() throws Exception {
    String base = start(OpsSettings.DEFAULT);
    assertThat(get(base + "/api/health", "abc-123.x_Y").headers().firstValue("X-Request-Id")).hasValue("abc-123.x_Y");
    String made = get(base + "/api/health", "no spaces or <tags> please").headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(made).matches("[0-9a-f-]{36}");
    assertThat(get(base + "/api/health", null).headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void readinessReportsTheIndex() throws Exception {
    String base = start(OpsSettings.DEFAULT);
    HttpResponse<String> ready = get(base + "/api/ready", null);
    assertThat(ready.statusCode()).isEqualTo(200);
    JsonNode body = Json.mapper().readTree(ready.body());
    assertThat(body.get("status").asText()).isEqualTo("ready");
    assertThat(body.get("index").asText()).startsWith("open, ");
    assertThat(body.get("waiting").asInt()).isZero();
    assertThat(body.get("database").asText()).startsWith("reachable (SQLITE");
  }

  @Test
  void unreachableDatabaseMakesTheInstanceUnready() throws Exception {
    Path corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    // Nothing listens on port 1, so the configured PostgreSQL server cannot be reached.
    CadenzaConfig config = new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data"), null,
        Admission.DEFAULT_MAX_RUNNING, Admission.DEFAULT_MAX_WAITING,
        new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/cadenza?connectTimeout=2", "cadenza", "secret"));
    cadenza = Cadenza.open(config, new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, "t"), temp),
        WebConfig.DEFAULT_MAX_UPLOAD_BYTES, RateLimit.OFF, OpsSettings.DEFAULT)).start("127.0.0.1", 0);
    HttpResponse<String> ready = get("http://127.0.0.1:" + app.port() + "/api/ready", null);
    assertThat(ready.statusCode()).isEqualTo(503);
    JsonNode body = Json.mapper().readTree(ready.body());
    assertThat(body.get("status").asText()).isEqualTo("not ready");
    assertThat(body.get("database").asText()).startsWith("unreachable").doesNotContain("secret");
    assertThat(get("http://127.0.0.1:" + app.port() + "/api/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void jsonRequestLinesCarryTheRequestFieldsAndNoQuestionUnlessAsked() throws Exception {
    List<String> lines = new ArrayList<>();
    new RequestLog(new OpsSettings(false, true, false), lines::add)
        .request("id-1", "POST", "/api/ask", 200, 17, "embedded", "what is a cadence?");
    new RequestLog(new OpsSettings(false, true, true), lines::add)
        .request("id-2", "POST", "/api/ask", 503, 2, null, "what is a cadence?");
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertThat(first.get("requestId").asText()).isEqualTo("id-1");
    assertThat(first.get("route").asText()).isEqualTo("/api/ask");
    assertThat(first.get("status").asInt()).isEqualTo(200);
    assertThat(first.get("ms").asLong()).isEqualTo(17);
    assertThat(first.get("backend").asText()).isEqualTo("embedded");
    assertThat(first.get("level").asText()).isEqualTo("INFO");
    assertThat(first.has("question")).isFalse();
    JsonNode second = Json.mapper().readTree(lines.get(1));
    assertThat(second.get("question").asText()).isEqualTo("what is a cadence?");
    assertThat(second.has("backend")).isFalse();
  }

  @Test
  void textRequestLinesAreKeyValuePairs() {
    List<String> lines = new ArrayList<>();
    new RequestLog(OpsSettings.DEFAULT, lines::add).request("id-3", "GET", "/api/search", 400, 3, null, "ignored");
    assertThat(lines).containsExactly("request requestId=id-3 method=GET route=/api/search status=400 ms=3");
  }

  @Test
  void settingsComeFromTheEnvironmentAndRejectTypos() {
    assertThat(OpsSettings.fromEnvironment(Map.of("CADENZA_METRICS", "on", "CADENZA_LOG_FORMAT", "JSON")))
        .isEqualTo(new OpsSettings(true, true, false));
    assertThat(OpsSettings.fromEnvironment(Map.of())).isEqualTo(OpsSettings.DEFAULT);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpsSettings.fromEnvironment(Map.of("CADENZA_METRICS", "yes")))
        .hasMessage("CADENZA_METRICS must be 'on' or 'off', not 'yes'");
  }
}
