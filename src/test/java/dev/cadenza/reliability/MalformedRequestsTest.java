package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import dev.cadenza.web.CadenzaApp;
import dev.cadenza.web.WebConfig;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile input on every endpoint: wrong JSON types, bodies over the limit, invalid UTF-8, JSON nested
 * 10,000 levels deep, broken multipart. Each must get a 4xx with a JSON {"error": ...} body and no
 * stack trace, and the server must still answer /api/health afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestsTest {

  private static final String TOKEN = "curator-secret";
  private static final long LIMIT = 64 * 1024;
  private static final String NESTED_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);
  private static final String NESTED_OBJECTS = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

  private Cadenza cadenza;
  private Javalin app;
  private HttpClient http;
  private String base;

  @BeforeAll
  void start(@TempDir Path temp) {
    cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"), temp.resolve("data")),
        new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, TOKEN), temp), LIMIT)).start("127.0.0.1", 0);
    http = HttpClient.newHttpClient();
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() throws Exception {
    app.stop();
    cadenza.close();
  }

  @AfterEach
  void serverIsStillHealthy() throws Exception {
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(health.body()).get("chunks").asInt()).isPositive();
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      // method | path                          | body (a name below, or literal JSON)   | status
      "POST     | /api/ask                      | {\"question\": [1, 2]}                 | 400",
      "POST     | /api/ask                      | {\"question\": {\"text\": \"x\"}}      | 400",
      "POST     | /api/ask                      | {\"question\": \"x\", \"k\": \"five\"} | 400",
      "POST     | /api/ask                      | {\"question\": \"x\", \"k\": 1e40}     | 400",
      "POST     | /api/ask                      | {\"question\": \"x\", \"topic\": [1]}  | 400",
      "POST     | /api/ask                      | {\"question\": null}                   | 400",
      "POST     | /api/ask                      | \"just a string\"                      | 400",
      "POST     | /api/ask                      | null                                   | 400",
      "POST     | /api/ask                      | EMPTY                                  | 400",
      "POST     | /api/ask                      | HUGE_JSON                              | 413",
      "POST     | /api/ask                      | NESTED_ARRAYS                          | 400",
      "POST     | /api/ask                      | NESTED_OBJECTS                         | 400",
      "POST     | /api/ask                      | NESTED_IN_QUESTION                     | 400",
      "POST     | /api/ask                      | BAD_UTF8_SYNTAX                        | 400",
      "POST     | /api/ask                      | {\"question\": \"a\", \"question\": \"b\"} | 400",
      "POST     | /api/ask                      | {\"question\": \"x\"} {\"k\": 1}    | 400",
      "POST     | /api/ask                      | {\"question\": \"x\", \"k\": 5.5}  | 400",
      "POST     | /api/ask                      | {\"question\": \"x\", \"level\": \"bogus\"} | 400",
      "POST     | /api/ask                      | {\"question\": \"x\", \"conversationId\": \"a b<c>\"} | 400",
      "POST     | /api/verify                   | {\"text\": \"x\"} trailing             | 400",
      "GET      | /api/ask                      | EMPTY                                  | 404",
      "GET      | /api/search                   | EMPTY                                  | 400",
      "GET      | /api/search?q=cadence&k=abc   | EMPTY                                  | 400",
      "GET      | /api/search?q=cadence&k=99999999999 | EMPTY                            | 400",
      "GET      | /api/search?q=cadence&k=-1    | EMPTY                                  | 400",
      "GET      | /api/search?q=%20%20          | EMPTY                                  | 400",
      "POST     | /api/search?q=cadence         | {}                                     | 404",
      "GET      | /api/documents?page=abc       | EMPTY                                  | 400",
      "GET      | /api/documents?size=1000      | EMPTY                                  | 400",
      "GET      | /api/documents/uploads/none   | EMPTY                                  | 404",
      "POST     | /api/documents                | {\"title\": 5, \"text\": [1]}          | 400",
      "POST     | /api/documents                | {\"title\": \"T\", \"tags\": \"x\", \"text\": {}} | 400",
      "POST     | /api/documents                | {\"title\": \"T\"}                     | 400",
      "POST     | /api/documents                | HUGE_JSON                              | 413",
      "POST     | /api/documents                | NESTED_ARRAYS                          | 400",
      "POST     | /api/documents                | NESTED_OBJECTS                         | 400",
      "POST     | /api/documents                | MULTIPART_BAD_UTF8                     | 400",
      "POST     | /api/documents                | MULTIPART_NO_FILE                      | 400",
      "POST     | /api/documents                | MULTIPART_HUGE                         | 413",
      "PUT      | /api/documents/uploads/none   | {\"title\": \"T\", \"text\": \"x\"}    | 404",
      "PUT      | /api/documents/harmony/cadences | NESTED_ARRAYS                        | 409",
      "DELETE   | /api/documents/uploads/none   | EMPTY                                  | 404",
  })
  void malformedRequestGetsAJsonClientError(String method, String path, String body, int status) throws Exception {
    if (!body.contains("HUGE")) {
      assertJsonError(http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString()), status);
      return;
    }
    // A client of its own: the server closes the connection of an upload it refused, and the shared client could
    // otherwise hand that connection to the next test's request.
    try (HttpClient own = HttpClient.newHttpClient()) {
      assertJsonError(own.send(request(method, path, body), HttpResponse.BodyHandlers.ofString()), status);
    }
  }

  @ParameterizedTest(name = "chunked {0} over the limit")
  @CsvSource({"/api/documents", "/api/midi/analyze", "/api/ask"})
  void chunkedBodyOverTheLimitIsRefusedWithJson(String path) throws Exception {
    byte[] body = multipart("big.md", utf8("---\ntitle: Big\n---\n" + "word ".repeat((int) LIMIT)));
    // An input stream of unknown length is sent with Transfer-Encoding: chunked, so no Content-Length announces it.
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", path.equals("/api/ask") ? "application/json" : "multipart/form-data; boundary=b0undary")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
    // A client of its own: the server may drop the connection of an unbounded chunked body it refused, and a
    // shared client could otherwise pick that connection for its next request.
    HttpResponse<String> response;
    try (HttpClient fresh = HttpClient.newHttpClient()) {
      response = fresh.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException closedWhileSending) {
      // With no length announced, the server refuses once the limit is passed and closes the connection; a client
      // still sending may see the close before the 413 (a known limit of early refusal). The server must stay
      // healthy either way, which the check after each test asserts.
      assertThat(closedWhileSending).hasMessageContaining("header parser received no bytes");
      return;
    }
    assertThat(response.statusCode()).as(response.body()).isIn(400, 413);
    assertJsonError(response, response.statusCode());
  }

  @Test
  void bearerSchemeIsCaseInsensitive() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/curator/token")).header("Authorization", "bearer " + TOKEN)
        .GET().build();
    assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
  }

  @Test
  void uploadsWithoutTheTokenAreRefusedBeforeTheBodyIsRead() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/documents")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(NESTED_ARRAYS)).build();
    assertJsonError(http.send(request, HttpResponse.BodyHandlers.ofString()), 401);
  }

  @Test
  void invalidUtf8InAJsonStringIsNeverAServerError() throws Exception {
    HttpResponse<String> response = http.send(request("POST", "/api/ask", "BAD_UTF8_IN_STRING"), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isLessThan(500);
    assertNoStackTrace(response.body());
  }

  @Test
  void invalidUtf8InAJsonStringIsA400() throws Exception {
    assertJsonError(http.send(request("POST", "/api/ask", "BAD_UTF8_IN_STRING"), HttpResponse.BodyHandlers.ofString()), 400);
  }

  @Test
  void overlongUriIsRefusedWithoutAStackTrace() throws Exception {
    HttpResponse<String> response = http.send(request("GET", "/api/search?q=" + "a".repeat(100_000), "EMPTY"), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(414);
    assertNoStackTrace(response.body());
  }

  @Test
  void invalidUtf8InThePathIsRefusedWithoutAStackTrace() throws Exception {
    HttpResponse<String> response = http.send(request("GET", "/api/documents/%FF%FE", "EMPTY"), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertNoStackTrace(response.body());
  }

  @Test
  void jettyLevelErrorsAreJsonToo() throws Exception {
    assertJsonError(http.send(request("GET", "/api/search?q=" + "a".repeat(100_000), "EMPTY"), HttpResponse.BodyHandlers.ofString()), 414);
    assertJsonError(http.send(request("GET", "/api/documents/%FF%FE", "EMPTY"), HttpResponse.BodyHandlers.ofString()), 400);
  }

  private HttpRequest request(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN);
    byte[] bytes;
    String contentType = "application/json";
    switch (body) {
      case "EMPTY" -> bytes = null;
      case "HUGE_JSON" -> bytes = utf8("{\"question\": \"" + "a".repeat((int) LIMIT * 2) + "\"}");
      case "NESTED_ARRAYS" -> bytes = utf8(NESTED_ARRAYS);
      case "NESTED_OBJECTS" -> bytes = utf8(NESTED_OBJECTS);
      case "NESTED_IN_QUESTION" -> bytes = utf8("{\"question\": " + NESTED_ARRAYS + "}");
      case "BAD_UTF8_SYNTAX" -> bytes = new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'};
      case "BAD_UTF8_IN_STRING" -> bytes = withByte(utf8("{\"question\": \"cadenXce\"}"), 19, (byte) 0xFF);
      case "MULTIPART_BAD_UTF8" -> {
        contentType = "multipart/form-data; boundary=b0undary";
        bytes = multipart("notes.md", withByte(utf8("---\ntitle: X\n---\nCadenXce text."), 23, (byte) 0xFE));
      }
      case "MULTIPART_NO_FILE" -> {
        contentType = "multipart/form-data; boundary=b0undary";
        bytes = utf8("--b0undary\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nvalue\r\n--b0undary--\r\n");
      }
      case "MULTIPART_HUGE" -> {
        contentType = "multipart/form-data; boundary=b0undary";
        bytes = multipart("big.md", utf8("---\ntitle: Big\n---\n" + "word ".repeat((int) LIMIT)));
      }
      default -> bytes = utf8(body);
    }
    if (bytes == null) {
      return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    // A body over the limit is announced with "Expect: 100-continue", as curl does for large uploads: the
    // server refuses it before it is sent. Without it the server's early 413 and its closing of the
    // connection race with the client still writing, and the client may see a broken pipe instead.
    return request.header("Content-Type", contentType).expectContinue(bytes.length > LIMIT)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
  }

  private static void assertJsonError(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode json = new ObjectMapper().readTree(response.body());
    assertThat(json.path("error").asText()).as(response.body()).isNotBlank();
    assertNoStackTrace(response.body());
  }

  private static void assertNoStackTrace(String body) {
    assertThat(body).doesNotContain("\tat ").doesNotContain("at dev.cadenza.").doesNotContain("at org.eclipse.")
        .doesNotContainPattern("(?i)caused by").doesNotContainPattern("\\w+(\\.\\w+)+Exception:");
  }

  private static byte[] multipart(String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
    out.writeBytes(content);
    out.writeBytes(utf8("\r\n--b0undary--\r\n"));
    return out.toByteArray();
  }

  private static byte[] withByte(byte[] bytes, int at, byte value) {
    bytes[at] = value;
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
