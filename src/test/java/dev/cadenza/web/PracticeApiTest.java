package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.index.Progress;
import dev.cadenza.learners.Topic;
import dev.cadenza.midi.MidiNote;
import dev.cadenza.midi.MidiPart;
import dev.cadenza.midi.MidiSong;
import dev.cadenza.midi.MidiWriter;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The practice, progress and class-summary API on the real wiring, with SQLite in the data folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeApiTest {
  private static final String TEACHER = "teach-me";

  Cadenza cadenza;
  Javalin app;
  Http http;

  @BeforeAll
  void start(@TempDir Path temp) {
    cadenza = Cadenza.open(new CadenzaConfig(Fixtures.copyCorpus(temp.resolve("corpus")), temp.resolve("index"),
        temp.resolve("data")), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, "t"), temp), 1 << 20,
        new RateLimit(600, 100), new OpsSettings(true, false, false), CorsPolicy.DEFAULT,
        CuratorToken.loadTeacher(Map.of(CuratorToken.TEACHER_ENV, TEACHER), temp))).start("127.0.0.1", 0);
    http = new Http(app.port());
  }

  @AfterAll
  void stop() throws IOException {
    app.stop();
    cadenza.close();
  }

  @Test
  void anonymousLearnersGetDistinctUnguessableIds() {
    Http.Reply reply = http.post("/api/learners", "application/json", "");
    assertThat(reply.status()).isEqualTo(201);
    String first = reply.json().get("learnerId").asText();
    assertThat(first).matches("[0-9a-f]{32}");
    assertThat(newLearner()).isNotEqualTo(first);
  }

  @Test
  void answerGivesTheVerdictExpectedAnswerExplanationCitationsAndRating() {
    String learner = newLearner();
    JsonNode item = next(learner, "key-signature");
    assertThat(item.get("topic").asText()).isEqualTo("key-signature");
    assertThat(item.get("prompt").asText()).startsWith("Write the key signature of");
    assertThat(item.has("expected")).isFalse();
    JsonNode feedback = answer(learner, item.get("itemId").asText(), "none").json();
    assertThat(feedback.get("correct").asBoolean()).isEqualTo(feedback.get("expected").asText().equals("none"));
    assertThat(feedback.get("explanation").asText()).contains("has");
    assertThat(feedback.get("citations").get(0).get("docId").asText()).isNotBlank();
    assertThat(feedback.get("rating").get("topic").asText()).isEqualTo("key-signature");
    assertThat(feedback.get("rating").get("before").asDouble()).isEqualTo(1000.0);
    assertThat(http.get("/api/learners/" + learner + "/progress").json().get("itemsAnswered").asInt()).isEqualTo(1);
  }

  @Test
  void gradedAnswersAreCountedInTheMetrics() {
    String learner = newLearner();
    JsonNode item = next(learner, "key-signature");
    boolean correct = answer(learner, item.get("itemId").asText(), "none").json().get("correct").asBoolean();
    String metrics = http.get("/metrics").body();
    assertThat(metrics).containsPattern("cadenza_practice_answers_total\\{correct=\"" + correct + "\",misconception=\"(true|false)\"} [1-9]");
  }

  @Test
  void askTakesALearnerIdAndRefusesAnUnknownOne() {
    String learner = newLearner();
    Http.Reply known = http.postJson("/api/ask", "{\"question\": \"What is a deceptive cadence?\", \"learnerId\": \"" + learner + "\"}");
    assertThat(known.status()).as(known.body()).isEqualTo(200);
    assertThat(known.json().get("citations")).isNotEmpty();
    Http.Reply unknown = http.postJson("/api/ask", "{\"question\": \"What is a deceptive cadence?\", \"learnerId\": \"no-such-learner\"}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).isNotBlank();
  }

  @Test
  void theStreamTakesALearnerIdWritesForTheirLevelAndRefusesAnUnknownOne() {
    String stream = "/api/ask/stream?q=What%20does%20an%20authentic%20cadence%20do%3F&learnerId=";
    Http.Reply known = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + stream + newLearner()))
        .header("Accept", "text/event-stream").GET());
    assertThat(known.status()).as(known.body()).isEqualTo(200);
    // A learner with no practice yet reads as a beginner: the answer's terms come with plain-words glosses.
    assertThat(known.body()).contains("event: done").contains("(the root is in the bass)");
    Http.Reply unknown = http.get(stream + "no-such-learner");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).isNotBlank();
  }

  @Test
  void aCadenceEarItemCarriesItsPhraseAsAMidiFileAndIsGradedByTheEngine() {
    String learner = newLearner();
    JsonNode item = next(learner, "ear-cadence");
    byte[] midi = Base64.getDecoder().decode(item.get("midi").asText());
    assertThat(new String(midi, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("MThd");
    assertThat(item.get("notes")).isEmpty();
    assertThat(next(learner, "ear-chord").has("midi")).isFalse();
    JsonNode feedback = answer(learner, item.get("itemId").asText(), "deceptive").json();
    assertThat(feedback.get("expected").asText()).isIn("authentic", "half", "plagal", "deceptive");
    assertThat(feedback.get("correct").asBoolean()).isEqualTo(feedback.get("expected").asText().equals("deceptive"));
  }

  @Test
  void aLearnersUploadRecordsItsPartWritingIssuesAsMisconceptions() {
    String learner = newLearner();
    Http.Reply analysed = uploadMidi("/api/midi/analyze", parallelFifths(), learner, null);
    assertThat(analysed.status()).as(analysed.body()).isEqualTo(200);
    assertThat(analysed.json().get("issues").toString()).contains("parallel-fifths");
    assertThat(analysed.json().get("misconceptionsRecorded").toString()).contains("parallel-perfects");
    JsonNode progress = http.get("/api/learners/" + learner + "/progress").json();
    assertThat(progress.get("misconceptions").toString()).contains("\"id\":\"parallel-perfects\"")
        .contains("\"shownIn\":\"uploads\"");
    Http.Reply asked = uploadMidi("/api/midi/ask", parallelFifths(), learner, "What should I fix?");
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    JsonNode again = http.get("/api/learners/" + learner + "/progress").json().get("misconceptions");
    assertThat(again.findValues("count").stream().mapToInt(JsonNode::asInt).max().orElseThrow())
        .isGreaterThan(progress.get("misconceptions").findValues("count").stream().mapToInt(JsonNode::asInt).max()
            .orElseThrow());
    assertThat(classSummary(TEACHER).json().get("misconceptions").toString()).contains("parallel-perfects");
    Http.Reply unknown = uploadMidi("/api/midi/analyze", parallelFifths(), "no-such-learner", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(uploadMidi("/api/midi/analyze", parallelFifths(), null, null).json().has("misconceptionsRecorded"))
        .isFalse();
  }

  /** Four parts whose first two chords move alto and bass in parallel fifths (C3-G4 to D3-A4). */
  private static byte[] parallelFifths() {
    int[][] chords = {{76, 67, 60, 48}, {74, 69, 65, 50}, {71, 67, 62, 55}, {72, 67, 64, 48}};
    List<MidiPart> parts = new ArrayList<>();
    for (int voice = 0; voice < 4; voice++) {
      List<MidiNote> notes = new ArrayList<>();
      for (int chord = 0; chord < chords.length; chord++) {
        notes.add(MidiNote.of(chords[chord][voice], chord * 2.0, 2.0));
      }
      parts.add(new MidiPart("Voice " + voice, voice, 0, notes));
    }
    return MidiWriter.write(MidiSong.of("Exercise", parts));
  }

  private Http.Reply uploadMidi(String path, byte[] file, String learner, String question) {
    String boundary = "----cadenza-practice";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> fields = new LinkedHashMap<>();
    if (learner != null) fields.put("learnerId", learner);
    if (question != null) fields.put("question", question);
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"piece.mid\"\r\n"
        + "Content-Type: audio/midi\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  @Test
  void aReplayedAnswerIs409AndAForgedOrForeignItemIs404() {
    String learner = newLearner();
    String itemId = next(learner, "interval").get("itemId").asText();
    assertThat(answer(learner, itemId, "P5").status()).isEqualTo(200);
    assertThat(answer(learner, itemId, "P5").status()).isEqualTo(409);
    assertThat(answer(learner, "0123456789abcdef0123456789abcdef", "P5").status()).isEqualTo(404);
    String otherItem = next(newLearner(), "interval").get("itemId").asText();
    Http.Reply foreign = answer(learner, otherItem, "P5");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.json().get("error").asText()).contains("unknown item");
  }

  @Test
  void aMalformedAnswerIs400AndLeavesTheItemOpen() {
    String learner = newLearner();
    String itemId = next(learner, "interval").get("itemId").asText();
    Http.Reply malformed = answer(learner, itemId, "a purple interval");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("error").asText()).contains("not an interval");
    assertThat(answer(learner, itemId, "M3").status()).isEqualTo(200);
  }

  @Test
  void unknownLearnersTopicsAndMissingFieldsAre4xx() {
    assertThat(http.postJson("/api/practice/next", "{\"learnerId\": \"nobody\"}").status()).isEqualTo(404);
    assertThat(http.get("/api/learners/nobody/progress").status()).isEqualTo(404);
    Http.Reply topic = http.postJson("/api/practice/next", "{\"learnerId\": \"" + newLearner() + "\", \"topic\": \"yodel\"}");
    assertThat(topic.status()).isEqualTo(400);
    assertThat(topic.json().get("error").asText()).contains("chord-spelling");
    assertThat(http.postJson("/api/practice/answer", "{\"learnerId\": \"x\"}").status()).isEqualTo(400);
    assertThat(http.postJson("/api/practice/next", "not json").status()).isEqualTo(400);
  }

  @Test
  void theClassSummaryNeedsTheTeacherToken() {
    String learner = newLearner();
    answer(learner, next(learner, "cadence").get("itemId").asText(), "plagal");
    assertThat(http.get("/api/class/summary").status()).isEqualTo(401);
    assertThat(classSummary("wrong").status()).isEqualTo(401);
    Http.Reply summary = classSummary(TEACHER);
    assertThat(summary.status()).isEqualTo(200);
    assertThat(summary.json().get("learners").asInt()).isPositive();
    assertThat(summary.json().get("topics").findValuesAsText("topic")).contains("cadence");
  }

  @Test
  void aPlacementTestIssuesTwoItemsPerTopicScoredThroughTheUsualAnswers() {
    String learner = newLearner();
    Http.Reply started = http.postJson("/api/assessments", "{\"learnerId\": \"" + learner + "\", \"kind\": \"placement\"}");
    assertThat(started.status()).isEqualTo(201);
    JsonNode items = started.json().get("items");
    assertThat(items).hasSize(2 * Topic.values().length);
    String id = started.json().get("assessmentId").asText();
    answer(learner, items.get(0).get("itemId").asText(), "M3");
    JsonNode result = http.get("/api/assessments/" + id + "?learnerId=" + learner).json();
    assertThat(result.get("answered").asInt()).isEqualTo(1);
    assertThat(result.get("items").asInt()).isEqualTo(2 * Topic.values().length);
    assertThat(http.get("/api/assessments/" + id + "?learnerId=" + newLearner()).status()).isEqualTo(404);
    assertThat(http.get("/api/assessments/" + id).status()).isEqualTo(400);
    assertThat(http.postJson("/api/assessments", "{\"learnerId\": \"" + learner + "\", \"kind\": \"quiz\"}").status())
        .isEqualTo(400);
  }

  private Http.Reply classSummary(String token) {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/class/summary"))
        .header("Authorization", "Bearer " + token).GET());
  }

  private String newLearner() {
    return http.post("/api/learners", "application/json", "").json().get("learnerId").asText();
  }

  private JsonNode next(String learner, String topic) {
    Http.Reply reply = http.postJson("/api/practice/next", "{\"learnerId\": \"" + learner + "\", \"topic\": \"" + topic + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private Http.Reply answer(String learner, String itemId, String answer) {
    return http.postJson("/api/practice/answer",
        "{\"learnerId\": \"" + learner + "\", \"itemId\": \"" + itemId + "\", \"answer\": \"" + answer + "\"}");
  }
}
