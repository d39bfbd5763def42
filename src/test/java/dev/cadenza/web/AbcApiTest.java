package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/abc/analyze and ABC tunes pasted into /api/ask, on the real wiring. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbcApiTest {

  private static final int MAX_UPLOAD = 1 << 16;
  private static final String SAILOR = """
      X:1
      T:Drunken Sailor
      M:4/4
      L:1/8
      K:D dorian
      |: "Dm"A2 AA A2 AA | A2 D2 F2 A2 | "C"G2 GG G2 GG | G2 C2 E2 G2 |
      "Dm"A2 AA A2 AA | A2 B2 c2 d2 | c2 A2 G2 E2 | D4 D4 :|
      """;

  RunningApp running;
  Http http;

  @BeforeAll
  void start(@TempDir Path temp) {
    running = RunningApp.start(temp, "t", MAX_UPLOAD, new RateLimit(600, 100));
    http = running.http();
  }

  @AfterAll
  void stop() throws IOException {
    running.close();
  }

  @Test
  void analyzeReturnsTheMidiAnalysisOfTheTunePlusWhatTheNotationSays() {
    Http.Reply reply = http.post("/api/abc/analyze", "text/plain", SAILOR);
    assertThat(reply.status()).isEqualTo(200);
    JsonNode analysis = reply.json();
    assertThat(analysis.get("key").get("tonic").asText()).isEqualTo("D");
    assertThat(analysis.get("key").get("mode").asText()).isEqualTo("dorian");
    assertThat(analysis.get("meter").asText()).isEqualTo("4/4");
    assertThat(analysis.get("bars").asInt()).isEqualTo(16);
    assertThat(analysis.get("notes")).hasSize(2 * 36);
    assertThat(analysis.has("feedback")).isTrue();
    assertThat(analysis.get("abc").get("key").asText()).isEqualTo("D dorian");
    assertThat(analysis.get("abc").get("chordSymbols").findValuesAsText("symbol")).containsExactly("Dm", "C", "Dm",
        "Dm", "C", "Dm");
  }

  @Test
  void unreadableAbcIs400WithTheLineAndColumn() {
    Http.Reply reply = http.post("/api/abc/analyze", "text/plain", "X:1\nK:G\nGAB c$d|\n");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("line").asInt()).isEqualTo(3);
    assertThat(reply.json().get("column").asInt()).isEqualTo(6);
    assertThat(reply.json().get("error").asText()).isEqualTo("line 3, column 6: unexpected character '$'");
  }

  @Test
  void anEmptyBodyIs400() {
    Http.Reply reply = http.post("/api/abc/analyze", "text/plain", "  ");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).contains("ABC tune as the request body");
  }

  @Test
  void aBodyOverTheUploadLimitIs413() {
    Http.Reply reply = http.post("/api/abc/analyze", "text/plain", "X:1\nK:C\n" + "C".repeat(MAX_UPLOAD));
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.json().get("error").asText()).contains("limit");
    assertThat(reply.headers().firstValue("Connection")).as("refused before its body was read").hasValue("close");
  }

  @Test
  void anErrorAfterTheBodyWasReadWholeKeepsTheConnection() {
    Http.Reply reply = http.postJson("/api/ask", "{\"question\": \"   \"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.headers().firstValue("Connection")).isEmpty();
  }

  @Test
  void askAnalysesAnAbcTunePastedIntoTheQuestion() throws IOException {
    String body = new ObjectMapper().writeValueAsString(Map.of("question", "What key is this in?\n" + SAILOR));
    JsonNode r = http.postJson("/api/ask", body).json();
    assertThat(r.get("intent").asText()).isEqualTo("abc_analysis");
    assertThat(r.get("answer").asText()).startsWith("“Drunken Sailor” is in D dorian (confidence ")
        .contains("The K: field says D dorian too.", "Meter 4/4, 16 bars as played.");
    assertThat(r.get("music").get("key").get("mode").asText()).isEqualTo("dorian");
    assertThat(r.get("citations")).isEmpty();
  }

  @Test
  void askReadsATunePastedOnOneLine() throws IOException {
    String question = "what key is this in? X:1 T:Oneliner M:3/4 L:1/4 K:G G B d | g3 | d B G | A3 | B d c | A F D | G3 |]";
    JsonNode r = http.postJson("/api/ask", new ObjectMapper().writeValueAsString(Map.of("question", question))).json();
    assertThat(r.get("intent").asText()).isEqualTo("abc_analysis");
    assertThat(r.get("answer").asText()).startsWith("“Oneliner” is in G major");
  }

  @Test
  void askSaysWhereAPastedTuneCannotBeRead() throws IOException {
    String body = new ObjectMapper().writeValueAsString(Map.of("question", "Key?\nX:1\nK:Q\nABC\n"));
    JsonNode r = http.postJson("/api/ask", body).json();
    assertThat(r.get("intent").asText()).isEqualTo("abc_analysis");
    assertThat(r.get("answer").asText()).startsWith("I could not read the ABC tune: line 2, column 3: ");
  }
}
