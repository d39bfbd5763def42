package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The API's self-description, the pages' Content-Security-Policy, the per-client rate limit and the curator's list. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPolicyTest {

  private static final String TOKEN = "curator-secret";
  private static final Set<HandlerType> HTTP_METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
      HandlerType.PATCH, HandlerType.DELETE);

  RunningApp running;
  Javalin app;
  Http http;

  @BeforeAll
  void start(@TempDir Path temp) {
    // Two requests at once, then one a second: small enough to reach in a test.
    running = RunningApp.start(temp, TOKEN, 1 << 20, new RateLimit(60, 2));
    app = running.app();
    http = running.http();
  }

  @AfterAll
  void stop() throws IOException {
    running.close();
  }

  @Test
  void openApiDescribesEveryRegisteredRouteAndNoOther() {
    JsonNode document = http.get("/openapi.json").json();
    assertThat(document.get("openapi").asText()).startsWith("3.1");
    Set<String> described = new TreeSet<>();
    document.get("paths").properties().forEach(path -> path.getValue().properties().stream().map(Map.Entry::getKey)
        .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    Set<String> registered = new TreeSet<>();
    app.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
        .filter(endpoint -> HTTP_METHODS.contains(endpoint.method))
        .forEach(endpoint -> registered.add(endpoint.method.name() + " " + endpoint.path.replaceAll("<(\\w+)>", "{$1}")));
    assertThat(registered).contains("POST /api/ask", "GET /openapi.json");
    assertThat(described).isEqualTo(registered);
  }

  @Test
  void apiPageServesSwaggerUiFromTheJar() {
    assertThat(http.get("/api-docs.html").body()).contains("swagger-ui-bundle.js");
    Http.Reply bundle = http.get("/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js");
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.body()).contains("SwaggerUIBundle");
  }

  @Test
  void pagesCarryAContentSecurityPolicyThatForbidsInlineScript() {
    for (String page : List.of("/", "/midi.html", "/curator.html", "/api-docs.html")) {
      String policy = http.get(page).headers().firstValue("Content-Security-Policy").orElse("");
      String scriptSources = policy.replaceAll(".*script-src ([^;]*).*", "$1");
      assertThat(scriptSources).as(page).isEqualTo("'self'");
      assertThat(policy).as(page).contains("default-src 'self'").contains("object-src 'none'");
    }
  }

  @Test
  void pagesHaveNoInlineScriptThatThePolicyWouldBlock() throws IOException {
    Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    Pattern handlerAttribute = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    try (Stream<Path> files = Files.list(Path.of("web"))) {
      List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).toList();
      assertThat(pages).isNotEmpty();
      for (Path page : pages) {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(inlineScript.matcher(html).find()).as(page + " has an inline <script>").isFalse();
        assertThat(handlerAttribute.matcher(html).find()).as(page + " has an on... handler attribute").isFalse();
      }
    }
  }

  @Test
  void askingTooFastFromOneClientGets429WithRetryAfter() {
    // Invalid bodies are refused cheaply, but each still counts: the limit applies before the handler.
    List<Integer> statuses = Stream.generate(() -> http.postJson("/api/ask", "{}").status()).limit(2).toList();
    assertThat(statuses).containsOnly(400);
    Http.Reply limited = http.postJson("/api/ask", "{}");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 2);
    assertThat(limited.json().get("error").asText()).contains("too many requests");
    assertThat(http.get("/api/ask/stream?q=x").status()).isEqualTo(429);
    assertThat(http.get("/api/health").status()).as("cheap endpoints are not limited").isEqualTo(200);
  }

  @Test
  void curatorTokenIsCheckedWithoutChangingAnything() {
    assertThat(getWithToken("/api/curator/token", TOKEN).status()).isEqualTo(200);
    Http.Reply wrong = getWithToken("/api/curator/token", "guess");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("error").asText()).contains("not valid");
    assertThat(http.get("/api/curator/token").status()).isEqualTo(401);
  }

  @Test
  void documentListIsSearchableAndSortsTheNewestChangeFirst() {
    HttpRequest.Builder add = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/documents"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Zither tuning\", \"text\": \"A zither has many strings tuned in fifths.\"}"));
    assertThat(http.send(add).status()).isEqualTo(201);

    JsonNode newest = http.get("/api/documents?sort=changed&size=1").json().get("documents").get(0);
    assertThat(newest.get("id").asText()).isEqualTo("uploads/zither-tuning");
    assertThat(newest.get("changed").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    JsonNode found = http.get("/api/documents?q=ZITHER").json();
    assertThat(found.get("total").asInt()).isEqualTo(1);
    assertThat(found.get("documents").get(0).get("title").asText()).isEqualTo("Zither tuning");
    assertThat(http.get("/api/documents?sort=size").status()).isEqualTo(400);
  }

  private Http.Reply getWithToken(String path, String token) {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .header("Authorization", "Bearer " + token).GET());
  }
}
