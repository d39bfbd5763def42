package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Two-turn conversations through POST /api/ask with the embedded composer, on the real wiring. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpApiTest {

  Cadenza cadenza;
  Javalin app;
  Http http;

  @BeforeAll
  void start(@TempDir Path temp) {
    cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"),
        temp.resolve("data")), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, "t"), temp), 1 << 20,
        new RateLimit(600, 100))).start("127.0.0.1", 0);
    http = new Http(app.port());
  }

  @AfterAll
  void stop() throws IOException {
    app.stop();
    cadenza.close();
  }

  private JsonNode ask(String question, String conversationId) {
    String id = conversationId == null ? "" : ", \"conversationId\": \"" + conversationId + "\"";
    Http.Reply reply = http.postJson("/api/ask", "{\"question\": \"" + question + "\"" + id + "}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void aPronounInTheSecondTurnMeansTheFirstTurnsSubject() {
    ask("what is a deceptive cadence", "fu-1");
    JsonNode second = ask("what does it move to?", "fu-1");
    assertThat(second.get("question").asText()).as("the answer echoes the question as asked").isEqualTo("what does it move to?");
    assertThat(second.get("covered").asBoolean()).isTrue();
    assertThat(second.get("answer").asText()).startsWith("A deceptive cadence moves from V to vi");
  }

  @Test
  void theSameQuestionInAnotherConversationIsNotResolvedAgainstIt() {
    ask("what is a deceptive cadence", "fu-2");
    JsonNode elsewhere = ask("what does it move to?", "fu-3");
    JsonNode alone = ask("what does it move to?", "fu-never-named");
    // Not resolved against fu-2's subject: answered exactly as in a conversation that never named one.
    assertThat(elsewhere.get("answer").asText()).isEqualTo(alone.get("answer").asText());
  }

  @Test
  void aSecondTurnAskingForAFingeringIsComputedForTheFirstTurnsSubject() {
    ask("what is the harmonic minor scale", "fu-piano");
    JsonNode second = ask("how do i play it on A?", "fu-piano");
    assertThat(second.get("answer").asText()).startsWith("Fingering for the A harmonic minor scale on the piano.");
  }

  @Test
  void anEllipticalSecondTurnTakesTheFirstTurnsFrame() {
    ask("what is a half cadence", "fu-4");
    JsonNode second = ask("and a deceptive one?", "fu-4");
    assertThat(second.get("answer").asText()).startsWith("A deceptive cadence moves from V to vi");
  }

  @Test
  void aSecondTurnOpeningWithSoIsAboutTheFirstTurnsSubjectEvenWhenItNamesAChord() {
    ask("what is a tritone substitution", "fu-5");
    JsonNode second = ask("so what replaces D7?", "fu-5");
    assertThat(second.get("answer").asText()).contains("Ab7").doesNotStartWith("A D dominant 7th chord");
  }

  @Test
  void aQualityInTheSecondTurnChangesTheFirstTurnsChord() {
    ask("spell a D minor triad", "fu-6");
    JsonNode second = ask("what about diminished?", "fu-6");
    assertThat(second.get("answer").asText()).contains("D, F, Ab");
  }

  @Test
  void aModeInTheSecondTurnChangesTheModeOfTheFirstTurnsKey() {
    ask("spell ii in D major", "fu-7");
    JsonNode second = ask("and in minor?", "fu-7");
    assertThat(second.get("answer").asText()).contains("In D minor").contains("E, G, Bb");
  }
}
