package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.midi.MidiExamples;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import dev.cadenza.web.CadenzaApp;
import dev.cadenza.web.Http;
import dev.cadenza.web.RateLimit;
import dev.cadenza.web.WebConfig;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions that are well formed and within the limits but built to hurt: hundreds of note names (which once
 * overflowed the stack of a recursive pattern), a verify text of note names, the same through the stream and the
 * MIDI question box. Each gets an answer or a 4xx, never a 500, and the stream reports through events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileQuestionsTest {

  private static final String NOTE_FLOOD = "C E G ".repeat(330).strip();

  private Cadenza cadenza;
  private Javalin app;
  private Http http;
  private String base;

  @BeforeAll
  void start(@TempDir Path temp) {
    cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"), temp.resolve("data")),
        new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, "t"), temp), 1 << 20, RateLimit.OFF))
        .start("127.0.0.1", 0);
    http = new Http(app.port());
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() throws IOException {
    app.stop();
    cadenza.close();
  }

  @AfterEach
  void serverStillAnswers() {
    assertThat(http.get("/api/health").status()).isEqualTo(200);
  }

  @Test
  void hundredsOfNoteNamesInAQuestionGetAnAnswer() {
    assertThat(NOTE_FLOOD.length()).isLessThan(2_000);
    Http.Reply reply = http.postJson("/api/ask", "{\"question\": \"" + NOTE_FLOOD + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("answer").asText()).isNotBlank();
  }

  @Test
  void verifyReadsThreeKilobytesOfNoteNames() {
    String notes = "F# A C# E G# B D# ".repeat(170);
    assertThat(notes.length()).isGreaterThan(3_000);
    Http.Reply reply = http.post("/api/verify", "text/plain", notes);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().has("claims")).isTrue();
  }

  @Test
  void streamAnswersAFloodOfNotesThroughEvents() {
    Http.Reply reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ask/stream?q="
        + URLEncoder.encode(NOTE_FLOOD, StandardCharsets.UTF_8))).header("Accept", "text/event-stream"));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    assertThat(reply.body()).contains("event: done").doesNotContain("event: failure");
  }

  @Test
  void midiQuestionBoxTakesAFloodOfNotes() {
    String boundary = "b0undary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"question\"\r\n\r\n" + NOTE_FLOOD
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cadence.mid\"\r\n"
        + "Content-Type: audio/midi\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(MidiExamples.cadence("PAC", "C"));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Http.Reply reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/midi/ask"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("answer").asText()).isNotBlank();
  }
}
