package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/compose, GET /api/fingering and the piano answers of /api/ask, on the real wiring. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PianoApiTest {

  RunningApp running;
  Http http;

  @BeforeAll
  void start(@TempDir Path temp) {
    running = RunningApp.start(temp, "t", 1 << 20, new RateLimit(600, 100));
    http = running.http();
  }

  @AfterAll
  void stop() throws IOException {
    running.close();
  }

  @Test
  void composeReturnsAbcMidiAndAPassedCheck() {
    JsonNode c = http.postJson("/api/compose", "{\"chords\": \"C-major, A-minor, F-major, G-major\", \"seed\": 3}").json();
    assertThat(c.get("kind").asText()).isEqualTo("melody");
    assertThat(c.get("abc").asText()).contains("K:C\n", "\"Am\"");
    assertThat(c.get("check").get("passed").asBoolean()).isTrue();
    assertThat(c.get("check").get("bars")).hasSize(4);
    byte[] midi = Base64.getDecoder().decode(c.get("midi").get("base64").asText());
    assertThat(new String(midi, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("MThd");
  }

  @Test
  void composeTakesNumeralsWithAKey() {
    JsonNode c = http.postJson("/api/compose", "{\"numerals\": \"ii-V-I\", \"key\": \"Bb major\", \"style\": \"steady\"}").json();
    assertThat(c.get("chords").findValuesAsText("symbol")).containsExactly("Cm", "F", "Bb");
    assertThat(c.get("abc").asText()).contains("K:Bb\n");
  }

  @Test
  void badComposeRequestsAre400WithAMessage() {
    for (String body : new String[] {"{\"chords\": \"C H7\"}", "{\"numerals\": \"I V\"}", "{\"chords\": \"C\", \"barsPerChord\": 0}",
        "{\"chords\": \"C\", \"style\": \"jazzy\"}", "{\"chrods\": \"C\"}", "{}"}) {
      Http.Reply reply = http.postJson("/api/compose", body);
      assertThat(reply.status()).as(body).isEqualTo(400);
      assertThat(reply.json().get("error").asText()).as(body).isNotBlank();
    }
  }

  @Test
  void fingeringEndpointListsBothHands() {
    JsonNode f = http.get("/api/fingering?q=B%20major%20scale").json();
    assertThat(f.get("positions").get(0).get("hands").get(1).get("notes").findValuesAsText("note"))
        .containsExactly("B3", "C#4", "D#4", "E4", "F#4", "G#4", "A#4", "B4");
    assertThat(http.get("/api/fingering?q=nothing%20here").status()).isEqualTo(400);
  }

  @Test
  void askAnswersAMelodyRequestWithAnAbcBlockAndTheMusicObject() {
    JsonNode r = http.postJson("/api/ask",
        "{\"question\": \"Compose a melody using the progression of C-major, A-minor, F-major, G-major.\"}").json();
    assertThat(r.get("intent").asText()).isEqualTo("melody_composition");
    assertThat(r.get("answer").asText()).contains("```abc\nX:1\n");
    assertThat(r.get("music").get("kind").asText()).isEqualTo("melody");
    assertThat(r.get("citations")).isEmpty();
  }

  @Test
  void askAnswersHowToPlayAChordWithFingers() {
    JsonNode r = http.postJson("/api/ask", "{\"question\": \"How do you play a D minor 7 chord on piano?\"}").json();
    assertThat(r.get("intent").asText()).isEqualTo("piano_fingering");
    assertThat(r.get("answer").asText()).contains("D4 (1), F4 (2), A4 (3), C5 (5)");
    assertThat(r.get("music").get("positions").get(0).get("hands").get(0).findValuesAsText("note"))
        .containsExactly("D4", "F4", "A4", "C5");
  }
}
