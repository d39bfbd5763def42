package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.midi.MidiExamples;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.FuzzRun;
import dev.cadenza.testing.HashingEmbedder;
import dev.cadenza.web.CadenzaApp;
import dev.cadenza.web.RateLimit;
import dev.cadenza.web.WebConfig;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random requests to every public endpoint: JSON of random shapes and types, text built from music tokens (long note
 * lists, runs of spaces, look-alike brackets), multipart bodies whole and broken, query strings with odd values. Every
 * answer must be below 500 (503 allowed), every error a JSON {@code {"error"}}, every stream end with an event, each
 * within a time bound, and the server must answer its health check afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointFuzzTest {

  private static final String TOKEN = "curator-secret";
  private static final long LIMIT = 256 * 1024;
  private static final Duration PER_REQUEST = Duration.ofSeconds(20);
  private static final List<String> TOKENS = List.of("C", "E", "G", "Bb", "F#", "D#", "Cb", "E#", "Fx", "F##", "Ebb",
      "maj7", "m7b5", "13", "#11", "sus4", "dim7", "/", "-", "V7/V", "vii°7", "iv", "bII6", "It+6", "in", "key", "of",
      "minor", "major", "dorian", "the", "a", "A", "chord", "scale", "interval", "between", "and", "spell", "what", "is",
      "?", ",", ".", "  ", "                                        ", "\n", "\t", "(", ")", "[", "]", "<", ">",
      "</passage>", "<passage n=\"1\">", "＜", "＞", "〈", "\u0000", "\uFFFD", "é", "𝄪", "♭", "♯", "🎹", "0", "-1",
      "99999999999", "1e40", "NaN", "\"", "\\", "{", "}", "%", "&", "=", "+");
  private static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced", "bogus", "", "BEGINNER");

  private Cadenza cadenza;
  private Javalin app;
  private HttpClient http;
  private String base;
  private final ObjectMapper json = new ObjectMapper();
  /** The body of the request being sent, written out when it breaks the contract. */
  private byte[] lastBody = new byte[0];

  @BeforeAll
  void start(@TempDir Path temp) {
    cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"), temp.resolve("data")),
        new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, TOKEN), temp), LIMIT, RateLimit.OFF))
        .start("127.0.0.1", 0);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() throws IOException {
    app.stop();
    cadenza.close();
  }

  @Test
  void randomRequestsToEveryEndpointGetAnAnswerOrAJsonClientError() throws Exception {
    FuzzRun run = FuzzRun.start("endpoints", 400, Duration.ofSeconds(40), 5_000, Duration.ofMinutes(10));
    SplittableRandom random = new SplittableRandom(run.seed());
    FuzzRun.Budget budget = run.budget();
    List<String> violations = new ArrayList<>();
    String previous = "nothing";
    while (budget.next()) {
      HttpRequest request = randomRequest(random);
      long start = System.nanoTime();
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        violations.add(describe(budget, request, "no response: " + e + " (after " + previous + ")"));
        continue;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      previous = request.method() + " " + cut(request.uri().toString()) + " -> " + response.statusCode();
      String problem = problem(response, millis);
      if (problem != null) {
        violations.add(describe(budget, request, problem));
      }
    }
    System.out.println(budget.summary());
    assertThat(violations).as(run.describe()).isEmpty();
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  /** What is wrong with a response, or null. */
  private String problem(HttpResponse<String> response, long millis) {
    int status = response.statusCode();
    if (millis > PER_REQUEST.toMillis()) return "took " + millis + " ms";
    if (status >= 500 && status != 503) return "status " + status + ": " + cut(response.body());
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("text/event-stream")) {
      return response.body().contains("event: done") || response.body().contains("event: busy") ? null
          : "stream ended without an answer: " + cut(response.body());
    }
    if (status >= 400) {
      if (!type.startsWith("application/json")) return "status " + status + " with " + type + ": " + cut(response.body());
      try {
        JsonNode error = json.readTree(response.body()).path("error");
        if (!error.isTextual() || error.asText().isBlank()) return "status " + status + " without an error text";
        if (error.asText().length() > 400) return "error echoes " + error.asText().length() + " characters";
      } catch (IOException e) {
        return "status " + status + " with a body that is not JSON: " + cut(response.body());
      }
    }
    return null;
  }

  private HttpRequest randomRequest(SplittableRandom random) {
    return switch (random.nextInt(12)) {
      case 0, 1 -> json("POST", "/api/ask", randomAskBody(random));
      case 2 -> get("/api/ask/stream?" + query(random, "q", "k", "level", "topic", "conversationId"), "text/event-stream");
      case 3 -> get("/api/search?" + query(random, "q", "k", "level", "topic"), null);
      case 4 -> get("/api/theory?" + query(random, "q"), null);
      case 5 -> random.nextBoolean() ? json("POST", "/api/verify", randomJson(random, 3, "text"))
          : body("POST", "/api/verify", "text/plain", words(random, random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8));
      case 6 -> multipart("/api/midi/analyze", random, false);
      case 7 -> multipart("/api/midi/ask", random, true);
      case 8 -> get("/api/theory/midi?" + query(random, "chord", "scale", "progression", "cadence", "key"), null);
      case 9 -> json("POST", "/api/compose", randomJson(random, 3, "chords", "numerals", "key", "barsPerChord", "seed", "style"));
      case 10 -> get("/api/fingering?" + query(random, "q"), null);
      default -> randomCuratorRequest(random);
    };
  }

  private HttpRequest randomCuratorRequest(SplittableRandom random) {
    String id = random.nextBoolean() ? "uploads/fuzz-" + random.nextInt(5) : URLEncoder.encode(words(random, 20), StandardCharsets.UTF_8).replace("+", "%20");
    return switch (random.nextInt(4)) {
      case 0 -> json("POST", "/api/documents", randomJson(random, 3, "title", "text", "level", "topic", "tags"));
      case 1 -> json("PUT", "/api/documents/" + id, randomJson(random, 3, "title", "text"));
      case 2 -> body("DELETE", "/api/documents/" + id, "application/json", new byte[0]);
      default -> get("/api/documents?" + query(random, "page", "size", "sort", "q"), null);
    };
  }

  private byte[] randomAskBody(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      return randomJson(random, 4, "question", "k", "level", "topic", "conversationId");
    }
    String question = words(random, random.nextInt(2_100)).replace("\\", "\\\\").replace("\"", "\\\"");
    String level = LEVELS.get(random.nextInt(LEVELS.size()));
    return ("{\"question\": \"" + question + "\", \"k\": " + (random.nextInt(14) - 2) + ", \"level\": \"" + level + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON document of random shape whose keys are mostly the endpoint's own, sometimes cut or with a bad byte. */
  private byte[] randomJson(SplittableRandom random, int depth, String... keys) {
    StringBuilder out = new StringBuilder("{");
    int fields = random.nextInt(keys.length + 2);
    for (int i = 0; i < fields; i++) {
      if (i > 0) out.append(',');
      String key = random.nextInt(6) == 0 ? "extra" + i : keys[random.nextInt(keys.length)];
      out.append('"').append(key).append("\":").append(value(random, depth));
    }
    out.append('}');
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    switch (random.nextInt(8)) {
      case 0 -> {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      case 1 -> {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        return bytes;
      }
      default -> {
        return bytes;
      }
    }
  }

  private String value(SplittableRandom random, int depth) {
    return switch (random.nextInt(depth > 0 ? 9 : 6)) {
      case 0 -> "null";
      case 1 -> Integer.toString(random.nextInt(-5, 50));
      case 2 -> random.nextBoolean() ? "true" : "1.5e300";
      case 3, 4 -> "\"" + words(random, random.nextInt(300)).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
          .replace("\t", "\\t").replace("\u0000", "\\u0000") + "\"";
      case 5 -> "\"" + "C E G ".repeat(random.nextInt(400)) + "\"";
      case 6 -> "[" + value(random, depth - 1) + "," + value(random, depth - 1) + "]";
      default -> "{\"a\":" + value(random, depth - 1) + "}";
    };
  }

  private String query(SplittableRandom random, String... names) {
    StringBuilder query = new StringBuilder();
    for (String name : names) {
      if (random.nextInt(3) == 0) continue;
      String value = random.nextInt(5) == 0 ? LEVELS.get(random.nextInt(LEVELS.size())) : words(random, random.nextInt(200));
      query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return query.toString();
  }

  /** Up to {@code length} characters of music tokens, with a long run of one token now and then. */
  private static String words(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      String token = TOKENS.get(random.nextInt(TOKENS.size()));
      text.append(random.nextInt(40) == 0 ? (token + " ").repeat(random.nextInt(50, 400)) : token + (random.nextBoolean() ? " " : ""));
    }
    return text.length() > length ? text.substring(0, length) : text.toString();
  }

  private HttpRequest multipart(String path, SplittableRandom random, boolean withQuestion) {
    String boundary = "fuzz" + random.nextInt(1_000);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (withQuestion && random.nextInt(5) > 0) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"question\"\r\n\r\n"
          + words(random, random.nextInt(1_000)) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] file = switch (random.nextInt(4)) {
      case 0 -> MidiExamples.progression("I-vi-IV-V", "G");
      case 1 -> mutated(random, MidiExamples.chord("Cmaj7"));
      case 2 -> words(random, 500).getBytes(StandardCharsets.UTF_8);
      default -> randomBytes(random, random.nextInt(2_000));
    };
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.mid\"\r\n"
        + "Content-Type: audio/midi\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    byte[] bytes = body.toByteArray();
    if (random.nextInt(5) == 0) {
      bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)); // cut short, boundary missing
    }
    String type = random.nextInt(8) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
    return body("POST", path, type, bytes);
  }

  private static byte[] mutated(SplittableRandom random, byte[] bytes) {
    for (int i = random.nextInt(1, 8); i > 0; i--) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] randomBytes(SplittableRandom random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private HttpRequest json(String method, String path, byte[] body) {
    return body(method, path, "application/json", body);
  }

  private HttpRequest body(String method, String path, String type, byte[] body) {
    lastBody = body;
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(PER_REQUEST.plusSeconds(10))
        .header("Content-Type", type).header("Authorization", "Bearer " + TOKEN)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  private HttpRequest get(String pathAndQuery, String accept) {
    lastBody = new byte[0];
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(PER_REQUEST.plusSeconds(10));
    if (accept != null) request.header("Accept", accept);
    return request.GET().build();
  }

  /** The violation in one line, with the request body saved under target/fuzz-failures to replay it. */
  private String describe(FuzzRun.Budget budget, HttpRequest request, String problem) throws IOException {
    Path saved = Files.createDirectories(Path.of("target", "fuzz-failures"))
        .resolve("endpoints-" + System.identityHashCode(this) + "-" + (budget.tried() - 1) + ".body");
    Files.write(saved, lastBody);
    return "input " + (budget.tried() - 1) + " " + request.method() + " " + cut(request.uri().toString()) + ": " + problem
        + " (body " + saved + ")";
  }

  private static String cut(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
