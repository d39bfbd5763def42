package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Which origins may call which routes from a browser, and the headers every response carries. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsAndHeadersTest {

  private static final String TOKEN = "curator-secret";
  private static final String SCHOOL = "https://school.example";
  private static final String ADMIN = "https://admin.example:8443";

  Cadenza cadenza;
  Javalin app;
  Http http;
  String base;

  @BeforeAll
  void start(@TempDir Path temp) {
    cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"), temp.resolve("data")),
        new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    CorsPolicy cors = CorsPolicy.fromEnvironment(Map.of("CADENZA_CORS_ORIGINS", SCHOOL + ", http://localhost:3000/",
        "CADENZA_CURATOR_CORS_ORIGINS", ADMIN));
    WebConfig web = new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, TOKEN), temp), 1 << 20, RateLimit.OFF,
        OpsSettings.DEFAULT, cors);
    app = CadenzaApp.create(cadenza, web).start("127.0.0.1", 0);
    http = new Http(app.port());
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() throws IOException {
    app.stop();
    cadenza.close();
  }

  @Test
  void listedOriginMayAskAndGetsItsOwnOriginBack() {
    Http.Reply reply = http.send(from(SCHOOL, "/api/search?q=cadence").GET());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SCHOOL);
    assertThat(reply.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Origin"));
  }

  @Test
  void unlistedOriginGetsNoCorsHeadersAndItsPreflightIsRefused() {
    Http.Reply reply = http.send(from("https://elsewhere.example", "/api/search?q=cadence").GET());
    assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    Http.Reply preflight = http.send(preflight("https://elsewhere.example", "/api/ask", "POST"));
    assertThat(preflight.status()).isEqualTo(403);
    assertThat(preflight.json().path("error").asText()).contains("elsewhere.example");
  }

  @Test
  void studentOriginsCannotPreflightCuratorWrites() {
    Http.Reply preflight = http.send(preflight(SCHOOL, "/api/documents", "POST"));
    assertThat(preflight.status()).isEqualTo(403);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void curatorOriginMayPreflightCuratorWritesOnly() {
    Http.Reply curator = http.send(preflight(ADMIN, "/api/documents/harmony/cadences", "PUT"));
    assertThat(curator.status()).isEqualTo(204);
    assertThat(curator.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ADMIN);
    assertThat(curator.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("PUT"));
    assertThat(curator.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValueSatisfying(h -> assertThat(h).contains("Authorization"));
    assertThat(http.send(preflight(ADMIN, "/api/ask", "POST")).status()).isEqualTo(403);
  }

  @Test
  void trailingSlashInAConfiguredOriginIsIgnored() {
    Http.Reply reply = http.send(from("http://localhost:3000", "/api/health").GET());
    assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : new String[] {"/", "/api/health", "/api/search?q=", "/no/such/page"}) {
      Http.Reply reply = http.get(path);
      assertThat(reply.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(reply.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(reply.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
      assertThat(reply.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'"));
    }
  }

  @Test
  void defaultPolicyOpensStudentRoutesToAnyOriginAndCuratorRoutesToNone() {
    assertThat(CorsPolicy.DEFAULT.studentOrigins()).isEmpty();
    assertThat(CorsPolicy.DEFAULT.curatorOrigins()).isEmpty();
    assertThat(CorsPolicy.fromEnvironment(Map.of())).isEqualTo(CorsPolicy.DEFAULT);
    assertThat(CorsPolicy.fromEnvironment(Map.of("CADENZA_CORS_ORIGINS", " https://a.example ,, ")).studentOrigins())
        .isEqualTo(Set.of("https://a.example"));
  }

  @Test
  void malformedOriginSettingIsRefusedWithAnExample() {
    assertThatThrownBy(() -> CorsPolicy.fromEnvironment(Map.of("CADENZA_CORS_ORIGINS", "*")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'*'").hasMessageContaining("https://");
    assertThatThrownBy(() -> CorsPolicy.fromEnvironment(Map.of("CADENZA_CURATOR_CORS_ORIGINS", "admin.example/path")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private HttpRequest.Builder from(String origin, String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Origin", origin);
  }

  private HttpRequest.Builder preflight(String origin, String path, String method) {
    return from(origin, path).header("Access-Control-Request-Method", method)
        .header("Access-Control-Request-Headers", "authorization, content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
  }
}
