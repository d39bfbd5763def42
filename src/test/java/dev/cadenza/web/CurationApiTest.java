package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.curation.Curation;
import dev.cadenza.curation.CurationSettings;
import dev.cadenza.embed.CachingEmbedder;
import dev.cadenza.embed.Embedders;
import dev.cadenza.index.Progress;
import dev.cadenza.store.Database;
import dev.cadenza.store.DatabaseSettings;
import dev.cadenza.testing.Fixtures;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gap log and usage counts over HTTP, with the real pipeline and the real MiniLM model, which groups the wordings. */
class CurationApiTest {

  private static final String TOKEN = "curator-secret";
  /** Twenty wordings of one question the fixture library cannot answer. */
  private static final List<String> PARAPHRASES = List.of(
      "how do I tune a quibbleflute", "How do you tune a quibbleflute?", "quibbleflute tuning", "tuning a quibbleflute",
      "what is the right way to tune a quibbleflute", "how should a quibbleflute be tuned", "how to tune quibbleflutes",
      "can you tell me how to tune my quibbleflute", "my quibbleflute is out of tune, how do I fix it",
      "steps for tuning a quibbleflute", "how is a quibbleflute tuned", "explain quibbleflute tuning",
      "quibbleflute: how do I tune it?", "what's the best way to tune a quibbleflute", "tune a quibbleflute how",
      "how can I get my quibbleflute in tune", "how does one tune the quibbleflute", "help tuning my quibbleflute",
      "instructions for tuning a quibbleflute", "how do i tune the quibbleflute properly");

  private static CachingEmbedder embedder;

  @TempDir Path temp;
  Cadenza cadenza;
  Curation curation;
  Database database;
  Javalin app;
  Http http;
  CuratorClient curator;

  @BeforeAll
  static void loadModel() {
    embedder = Embedders.allMiniLmL6V2();
  }

  @AfterAll
  static void closeModel() throws Exception {
    embedder.close();
  }

  @BeforeEach
  void start() {
    Fixtures.copyCorpus(temp.resolve("corpus"));
    cadenza = Cadenza.open(new CadenzaConfig(temp.resolve("corpus"), temp.resolve("index"), temp.resolve("data")), embedder);
    cadenza.syncCorpus(Progress.NONE);
    database = Database.open(DatabaseSettings.sqlite(temp.resolve("data/cadenza.db")));
    curation = Curation.open(() -> database, embedder, CurationSettings.DEFAULT, Clock.systemUTC());
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, TOKEN), temp), 64 * 1024,
        RateLimit.OFF), curation).start("127.0.0.1", 0);
    http = new Http(app.port());
    curator = new CuratorClient(http, app.port());
  }

  @AfterEach
  void stop() throws Exception {
    app.stop();
    curation.close();
    cadenza.close();
  }

  @Test
  void twentyParaphrasesOfOneUnanswerableQuestionAreOneGroupCountingTwenty() {
    PARAPHRASES.forEach(this::ask);
    JsonNode groups = gaps("open");
    assertThat(groups).as("groups: %s", groups).hasSize(1);
    assertThat(groups.get(0).get("count").asInt()).isEqualTo(20);
    assertThat(groups.get(0).get("question").asText()).isEqualTo("how do i tune a quibbleflute");
  }

  @Test
  void anAnswerableQuestionCreatesNoGapRow() throws Exception {
    JsonNode answer = ask("what is a half cadence");
    assertThat(answer.get("covered").asBoolean()).isTrue();
    assertThat(gaps("open")).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM gap_questions")).isZero();
  }

  @Test
  void differentUnanswerableQuestionsAreDifferentGroupsMostAskedFirst() {
    ask("how do I tune a quibbleflute");
    ask("what is the capital of France");
    ask("How do you tune a quibbleflute?");
    JsonNode groups = gaps("open");
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).get("count").asInt()).isEqualTo(2);
    assertThat(groups.get(1).get("question").asText()).isEqualTo("what is the capital of france");
  }

  @Test
  void markingCoveredByADocumentAndDismissingAreCuratorActions() {
    ask("how do I tune a quibbleflute");
    ask("what is the capital of France");
    JsonNode open = gaps("open");
    String first = open.get(0).get("id").asText(), second = open.get(1).get("id").asText();
    assertThat(curator.json("POST", "/api/curator/gaps/" + first + "/covered", "{\"docId\": \"no/such-doc\"}", TOKEN).status()).isEqualTo(404);
    assertThat(curator.json("POST", "/api/curator/gaps/" + first + "/covered", "{\"docId\": \"harmony/cadences\"}", TOKEN).status()).isEqualTo(200);
    assertThat(curator.call("POST", "/api/curator/gaps/" + second + "/dismiss", TOKEN).status()).isEqualTo(200);
    assertThat(gaps("open")).isEmpty();
    assertThat(gaps("covered").get(0).get("coveredBy").asText()).isEqualTo("harmony/cadences");
    assertThat(gaps("dismissed").get(0).get("id").asText()).isEqualTo(second);
  }

  @Test
  void noLearnerOrConversationIdIsStored() throws Exception {
    http.postJson("/api/ask", "{\"question\": \"who invented the quibbleflute\", \"conversationId\": \"learner-4242\"}");
    curation.recorder().flush(Duration.ofSeconds(30));
    assertThat(count("SELECT COUNT(*) FROM gap_questions")).isEqualTo(1);
    assertThat(dump("gap_questions") + dump("question_groups")).doesNotContain("learner-4242");
  }

  @Test
  void gapRoutesRejectAMissingOrWrongToken() {
    ask("how do I tune a quibbleflute");
    String id = gaps("open").get(0).get("id").asText();
    assertThat(List.of(curator.call("GET", "/api/curator/gaps", null).status(), curator.call("GET", "/api/curator/gaps", "guess").status(),
        curator.call("POST", "/api/curator/gaps/" + id + "/dismiss", null).status(),
        curator.json("POST", "/api/curator/gaps/" + id + "/covered", "{\"docId\": \"harmony/cadences\"}", "guess").status(),
        curator.call("GET", "/api/curator/usage", null).status(), curator.call("GET", "/api/curator/usage", "guess").status()))
        .containsOnly(401);
    assertThat(gaps("open")).hasSize(1);
  }

  @Test
  void usageCountsMatchAScriptedSession() {
    List<String> session = List.of("what is a half cadence", "what is a dominant seventh chord", "What is a half cadence?",
        "what is an authentic cadence", "how many semitones in a perfect fifth");
    Map<String, Integer> expected = new java.util.TreeMap<>();
    for (String question : session) {
      JsonNode citations = ask(question).get("citations");
      java.util.Set<String> cited = new java.util.TreeSet<>();
      citations.forEach(c -> cited.add(c.get("docId").asText()));
      cited.forEach(docId -> expected.merge(docId, 1, Integer::sum));
    }
    assertThat(expected).as("the session cites something").isNotEmpty();
    for (String docId : List.of("harmony/cadences", "harmony/cadences", "harmony/dominant")) {
      assertThat(http.postJson("/api/citations/click", "{\"docId\": \"" + docId + "\"}").status()).isEqualTo(202);
    }
    assertThat(http.postJson("/api/citations/click", "{\"docId\": \"no/such-doc\"}").status()).isEqualTo(404);
    curation.recorder().flush(Duration.ofSeconds(30));

    Map<String, JsonNode> usage = new java.util.TreeMap<>();
    curator.call("GET", "/api/curator/usage", TOKEN).json().get("documents").forEach(d -> usage.put(d.get("docId").asText(), d));
    assertThat(usage.keySet()).containsAll(expected.keySet()).contains("pitch/counterpoint-note");
    usage.forEach((docId, row) -> assertThat(row.get("citations").asInt()).as(docId).isEqualTo(expected.getOrDefault(docId, 0)));
    assertThat(usage.get("harmony/cadences").get("clicks").asInt()).isEqualTo(2);
    assertThat(usage.get("harmony/dominant").get("clicks").asInt()).isEqualTo(1);
    assertThat(usage.get("pitch/counterpoint-note").get("clicks").asInt()).isZero();
    JsonNode topGroup = usage.get("harmony/cadences").get("groups").get(0);
    assertThat(topGroup.get("question").asText()).isEqualTo("what is a half cadence");
    assertThat(topGroup.get("citations").asInt()).isEqualTo(2);
  }

  private JsonNode ask(String question) {
    Http.Reply reply = http.postJson("/api/ask", "{\"question\": \"" + question + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    curation.recorder().flush(Duration.ofSeconds(30));
    return reply.json();
  }

  private JsonNode gaps(String status) {
    Http.Reply reply = curator.call("GET", "/api/curator/gaps?status=" + status, TOKEN);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().get("groups");
  }

  private int count(String sql) {
    return database.query(connection -> {
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getInt(1);
      }
    });
  }

  /** Every value of every row of {@code table}, as text. */
  private String dump(String table) {
    return database.query(connection -> {
      StringBuilder all = new StringBuilder();
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
        while (rows.next()) {
          for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) all.append(rows.getString(c)).append('|');
        }
      }
      return all.toString();
    });
  }
}
