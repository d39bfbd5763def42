package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.bench.AskLoad;
import dev.cadenza.bench.TheoryText;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import dev.cadenza.web.CadenzaApp;
import dev.cadenza.web.RateLimit;
import dev.cadenza.web.WebConfig;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past its admission limits the server refuses with 503, Retry-After and a JSON error instead of making
 * everyone wait, answers the rest, and keeps answering health checks meanwhile. The limits here are tiny
 * (one answer at a time, none waiting) so that 48 clients overload even a fast machine; the per-client
 * rate limit is off because every test client shares one address.
 */
class OverloadTest {

  @TempDir Path temp;

  @Test
  void refusesPastTheLimitsAnswersTheRestAndStaysHealthy() throws Exception {
    Path corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    CadenzaConfig config = new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data")).withAnswerLimits(1, 0);
    try (Cadenza cadenza = Cadenza.open(config, new HashingEmbedder())) {
      cadenza.syncCorpus(Progress.NONE);
      Javalin app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, "t"), temp),
          WebConfig.DEFAULT_MAX_UPLOAD_BYTES, RateLimit.OFF)).start("127.0.0.1", 0);
      try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
        String base = "http://127.0.0.1:" + app.port();
        TheoryText text = new TheoryText(11);
        List<String> questions = IntStream.range(0, 100).mapToObj(text::question).toList();
        CompletableFuture<AskLoad.Result> load = CompletableFuture.supplyAsync(
            () -> new AskLoad(base, questions).run(48, 480, Duration.ofMinutes(2)));
        int healthChecks = 0;
        while (!load.isDone()) {
          HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(health.statusCode()).as("health during overload").isEqualTo(200);
          healthChecks++;
        }
        AskLoad.Result result = load.get();
        assertThat(result.errors()).as("requests neither answered nor refused with Retry-After: %s", result.firstError()).isZero();
        assertThat(result.refused()).as("refusals").isPositive();
        assertThat(result.completed()).as("answers").isPositive();
        assertThat(result.completed() + result.refused()).isEqualTo(480);
        assertThat(healthChecks).isPositive();

        HttpResponse<String> refusal = refusedOnce(http, base);
        assertThat(refusal.body()).contains("\"error\"");
      } finally {
        app.stop();
      }
    }
  }

  /** A refusal's body, caught by sending while another client holds the only turn. */
  private static HttpResponse<String> refusedOnce(HttpClient http, String base) throws Exception {
    HttpRequest ask = HttpRequest.newBuilder(URI.create(base + "/api/ask")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"What is a deceptive cadence?\"}")).build();
    for (int attempt = 0; attempt < 200; attempt++) {
      List<CompletableFuture<HttpResponse<String>>> burst = IntStream.range(0, 16)
          .mapToObj(i -> http.sendAsync(ask, HttpResponse.BodyHandlers.ofString())).toList();
      for (CompletableFuture<HttpResponse<String>> reply : burst) {
        HttpResponse<String> response = reply.get();
        if (response.statusCode() == 503) {
          assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
          assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
          // The question was read whole before the refusal, so the client may send its retry down the same connection.
          assertThat(response.headers().firstValue("Connection")).as("Connection header of a refusal").isEmpty();
          return response;
        }
        assertThat(response.statusCode()).isEqualTo(200);
      }
    }
    throw new AssertionError("no request was refused in 200 bursts of 16 with one turn and no queue");
  }
}
