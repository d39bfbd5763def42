package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import io.javalin.Javalin;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real wiring (MiniLM embeddings, Lucene, Javalin on a random port) over the fixture corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CadenzaAppIT {

  Cadenza cadenza;
  Javalin app;
  Http http;

  @BeforeAll
  void start(@TempDir Path temp) {
    Path corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    cadenza = Cadenza.open(new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data")));
    cadenza.syncCorpus(Progress.NONE);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(java.util.Map.of(CuratorToken.ENV, "t"), temp), WebConfig.DEFAULT_MAX_UPLOAD_BYTES))
        .start("127.0.0.1", 0);
    http = new Http(app.port());
  }

  @AfterAll
  void stop() throws Exception {
    app.stop();
    cadenza.close();
  }

  @Test
  void healthReportsChunks() {
    Http.Reply reply = http.get("/api/health");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo("ok");
    assertThat(reply.json().get("chunks").asInt()).isPositive();
  }

  @Test
  void askAnswersWithCitationsFromTheRightDocument() {
    Http.Reply reply = http.postJson("/api/ask", "{\"question\": \"Why does the dominant seventh resolve to the tonic?\"}");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("question").asText()).isEqualTo("Why does the dominant seventh resolve to the tonic?");
    assertThat(body.get("backend").asText()).isEqualTo("embedded");
    assertThat(body.get("answer").asText()).contains("[1]");
    JsonNode first = body.get("citations").get(0);
    assertThat(first.get("n").asInt()).isEqualTo(1);
    assertThat(first.get("docId").asText()).isEqualTo("harmony/dominant");
    for (String field : new String[] {"title", "heading", "chunkId", "score", "text"}) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(body.get("timingsMs").get("total").asLong()).isNotNegative();
  }

  @Test
  void aFalsePremiseIsCorrectedOnceFirst() {
    String answer = http.postJson("/api/ask", "{\"question\": \"why does C major have 2 sharps\"}").json().get("answer").asText();
    assertThat(answer).startsWith("No: C major does not have 2 sharps.");
    assertThat(answer.split("no sharps or flats", -1)).as(answer).hasSize(2);
  }

  @Test
  void offTopicQuestionGetsAnHonestNoAnswer() {
    JsonNode body = http.postJson("/api/ask", "{\"question\": \"What is the capital of Australia?\"}").json();
    assertThat(body.get("answer").asText()).contains("don't cover");
    assertThat(body.get("citations")).isEmpty();
  }

  @Test
  void searchReturnsHitsInTheContractShape() {
    Http.Reply reply = http.get("/api/search?q=deceptive%20cadence&k=2");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode hits = reply.json().get("hits");
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).get("docId").asText()).isEqualTo("harmony/cadences");
    assertThat(hits.get(0).get("heading").asText()).isEqualTo("Deceptive cadence");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed JSON         | {\"question\": ",
      "missing question       | {\"k\": 3}",
      "empty question         | {\"question\": \"   \"}",
      "k out of range         | {\"question\": \"cadence\", \"k\": 0}",
      "unknown field          | {\"questoin\": \"cadence\"}",
      "wrong type             | {\"question\": [1, 2]}",
      "not an object          | 42",
  })
  void badAskBodiesGetA400WithAnErrorMessage(String why, String body) {
    Http.Reply reply = http.postJson("/api/ask", body);
    assertThat(reply.status()).as(why).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).as(why).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void overLongQuestionIsRejected() {
    Http.Reply reply = http.postJson("/api/ask", "{\"question\": \"" + "a".repeat(2001) + "\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).contains("too long");
  }

  @Test
  void searchWithoutQueryIsA400() {
    assertThat(http.get("/api/search").status()).isEqualTo(400);
    assertThat(http.get("/api/search?q=cadence").status()).isEqualTo(200);
    assertThat(http.get("/api/search?q=cadence&k=abc").status()).isEqualTo(400);
  }

  @Test
  void unknownApiPathIsAJson404() {
    Http.Reply reply = http.get("/api/nothing-here");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).contains("not found");
  }

  @Test
  void chatPageIsServedAtTheRoot() {
    Http.Reply reply = http.get("/");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("<title>Cadenza");
  }

  @Test
  void widgetIsServedAndTheApiAllowsOtherOrigins() {
    assertThat(http.get("/widget.js").body()).contains("attachShadow");
    Http.Reply reply = http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + app.port() + "/api/search?q=cadence"))
        .header("Origin", "https://teacher.example").GET());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
  }

  @Test
  void computableQuestionGetsTheExactAnswerFirst() {
    JsonNode body = http.postJson("/api/ask", "{\"question\": \"What notes are in a D# major 13th chord?\"}").json();
    assertThat(body.get("intent").asText()).isEqualTo("chord_spelling");
    assertThat(body.get("answer").asText()).startsWith("A D# major 13th chord (D#maj13) is spelled D#, F##, A#, C##, E#, G#, B#");
    assertThat(body.get("theory").get("notes")).extracting(JsonNode::asText)
        .containsExactly("D#", "F##", "A#", "C##", "E#", "G#", "B#");
  }

  @Test
  void theoryEndpointMirrorsTheCli() {
    JsonNode body = http.get("/api/theory?q=how%20many%20flats%20in%20Db%20major%3F").json();
    assertThat(body.get("intent").asText()).isEqualTo("key_signature");
    assertThat(body.get("flats").asInt()).isEqualTo(5);
    assertThat(http.get("/api/theory").status()).isEqualTo(400);
    assertThat(http.get("/api/theory?q=why%20do%20we%20need%20cadences").json().get("intent").asText()).isEqualTo("conceptual");
  }

  @Test
  void streamSendsVerifiedTokensInOrderThenADoneEventWithCitations() {
    Http.Reply reply = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
        "http://127.0.0.1:" + app.port() + "/api/ask/stream?q=What%20is%20a%20deceptive%20cadence%3F"))
        .header("Accept", "text/event-stream").GET());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
    java.util.List<String> events = new java.util.ArrayList<>();
    StringBuilder streamed = new StringBuilder();
    JsonNode done = null;
    String event = null;
    for (String line : reply.body().split("\n")) {
      if (line.startsWith("event:")) {
        event = line.substring(6).strip();
        events.add(event);
      } else if (line.startsWith("data:")) {
        JsonNode data = new Http.Reply(200, line.substring(5).strip(), reply.headers()).json();
        if ("token".equals(event)) streamed.append(data.get("text").asText());
        if ("done".equals(event)) done = data;
      }
    }
    assertThat(events).isNotEmpty().last().isEqualTo("done");
    assertThat(events.subList(0, events.size() - 1)).isNotEmpty().containsOnly("token");
    assertThat(done).isNotNull();
    assertThat(done.get("citations")).isNotEmpty();
    assertThat(streamed.toString().replaceAll("\\[\\d+]", "").replaceAll("\\s+", " ").strip())
        .isEqualTo(done.get("answer").asText().replaceAll("\\[\\d+]", "").replaceAll("\\s+", " ").strip());
  }

  @Test
  void streamRejectsBadInputWithJson400() {
    Http.Reply reply = http.get("/api/ask/stream?q=%20");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).contains("empty");
  }

  @Test
  void healthNamesTheBackend() {
    assertThat(http.get("/api/health").json().get("backend").asText()).isEqualTo("embedded");
  }

  @Test
  void verifyFlagsAWrongSpellingAndOffersTheCorrection() {
    Http.Reply reply = http.postJson("/api/verify",
        "{\"text\": \"A D# major 13th chord contains D#, F#, A#, C#, E, G#, B.\"}");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode claim = reply.json().get("claims").get(0);
    assertThat(claim.get("verdict").asText()).isEqualTo("incorrect");
    assertThat(claim.get("expected").asText()).contains("F##");
    assertThat(reply.json().get("corrected").asText()).contains("F##");
    assertThat(http.postJson("/api/verify", "{\"text\": \"\"}").status()).isEqualTo(400);
  }

  @Test
  void midiUploadIsAnalysedInTheContractShape() {
    byte[] cadence = dev.cadenza.midi.MidiExamples.cadence("PAC", "G");
    Http.Reply reply = http.postMidi("/api/midi/analyze", cadence, null);
    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("key").get("tonic").asText()).isEqualTo("G");
    assertThat(body.get("key").get("mode").asText()).isEqualTo("major");
    for (String field : new String[] {"meter", "bars", "chords", "cadences", "issues", "feedback", "references"}) {
      assertThat(body.has(field)).as(field).isTrue();
    }
  }

  @Test
  void questionAboutAnUploadedFileUsesItsAnalysis() {
    byte[] cadence = dev.cadenza.midi.MidiExamples.cadence("PAC", "G");
    JsonNode body = http.postMidi("/api/midi/ask", cadence, "What key is this piece in?").json();
    assertThat(body.get("answer").asText()).contains("estimated key G major");
  }

  @Test
  void brokenMidiIsA400() {
    Http.Reply reply = http.postMidi("/api/midi/analyze", "MThd garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isNotBlank();
  }

  @Test
  void examplesAreRenderedAsMidi() {
    Http.Reply chord = http.get("/api/theory/midi?chord=Cmaj7");
    assertThat(chord.status()).isEqualTo(200);
    assertThat(chord.headers().firstValue("Content-Type")).hasValue("audio/midi");
    assertThat(chord.body()).startsWith("MThd");
    assertThat(http.get("/api/theory/midi?progression=ii-V-I&key=Bb").status()).isEqualTo(200);
    assertThat(http.get("/api/theory/midi?chord=Xnotachord").status()).isEqualTo(400);
    assertThat(http.get("/api/theory/midi").status()).isEqualTo(400);
  }
}
