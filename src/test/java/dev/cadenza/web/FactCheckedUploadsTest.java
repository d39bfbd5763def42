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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are fact-checked before they are published: a wrong spelling holds a document back as a draft. */
class FactCheckedUploadsTest {

  private static final String TOKEN = "curator-secret";
  private static final String WRONG = "---\ntitle: Zorblatt voicings\n---\nZorblatt voicings stack thirteenths.\n"
      + "A D# major 13th chord contains D#, F#, A#, C#, E, G#, B.";
  private static final String FIXED = WRONG.replace("D#, F#, A#, C#, E, G#, B.", "D#, F##, A#, C##, E#, G#, B#.");
  private static final String ID = "uploads/zorblatt";

  @TempDir Path temp;
  Cadenza cadenza;
  Javalin app;
  Http http;
  CuratorClient curator;

  @BeforeEach
  void start() {
    Path corpus = temp.resolve("corpus");
    if (!Files.exists(corpus)) Fixtures.copyCorpus(corpus);
    cadenza = Cadenza.open(new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data")), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, TOKEN), temp), 64 * 1024))
        .start("127.0.0.1", 0);
    http = new Http(app.port());
    curator = new CuratorClient(http, app.port());
  }

  @AfterEach
  void stop() throws Exception {
    app.stop();
    cadenza.close();
  }

  @Test
  void aWrongSpellingIsReturnedWithItsPlaceAndCorrectionAndKeepsTheDocumentOutOfSearch() {
    Http.Reply reply = upload("POST", "/api/documents");
    assertThat(reply.status()).isEqualTo(202);
    JsonNode body = reply.json();
    assertThat(body.get("kind").asText()).isEqualTo("DRAFTED");
    assertThat(body.get("incorrect").asInt()).isEqualTo(1);
    JsonNode wrong = incorrectClaim(body);
    assertThat(wrong.get("expected").asText()).isEqualTo("D#, F##, A#, C##, E#, G#, B#");
    assertThat(wrong.get("correction").asText()).endsWith("contains D#, F##, A#, C##, E#, G#, B#");
    assertThat(wrong.get("line").asInt()).isEqualTo(2);
    String text = curator.call("GET", "/api/drafts/" + ID, TOKEN).json().get("text").asText();
    assertThat(text.substring(wrong.get("start").asInt(), wrong.get("end").asInt())).isEqualTo(wrong.get("text").asText());
    assertOutOfSearch();
  }

  @Test
  void aDraftSurvivesARestartWithoutEverBeingIndexed() throws Exception {
    upload("POST", "/api/documents");
    stop();
    start();
    assertOutOfSearch();
    assertThat(curator.call("GET", "/api/drafts", TOKEN).json().get("drafts").get(0).get("id").asText()).isEqualTo(ID);
  }

  @Test
  void uploadingTheFixedTextPublishesItAndClearsTheDraft() {
    upload("POST", "/api/documents");
    Http.Reply fixed = curator.upload("PUT", "/api/documents/" + ID, "zorblatt.md", utf8(FIXED), TOKEN);
    assertThat(fixed.status()).isEqualTo(200);
    assertThat(fixed.json().get("incorrect").asInt()).isZero();
    assertThat(fixed.json().get("publishedAnyway").asBoolean()).isFalse();
    assertThat(topDocFor("zorblatt")).isEqualTo(ID);
    assertThat(curator.call("GET", "/api/drafts/" + ID, TOKEN).status()).isEqualTo(404);
    assertThat(http.get("/api/documents/" + ID).json().has("publishedAnyway")).isFalse();
  }

  @Test
  void publishingADraftAnywayIndexesItAndIsRecorded() {
    upload("POST", "/api/documents");
    Http.Reply published = curator.call("POST", "/api/drafts/" + ID + "/publish", TOKEN);
    assertThat(published.status()).isEqualTo(201);
    assertThat(published.json().get("publishedAnyway").asBoolean()).isTrue();
    assertThat(topDocFor("zorblatt")).isEqualTo(ID);
    JsonNode record = http.get("/api/documents/" + ID).json().get("publishedAnyway");
    assertThat(record.get("incorrect").asInt()).isEqualTo(1);
    assertThat(record.get("disputed").get(0).asText()).contains("D#, F##, A#, C##, E#, G#, B#");
  }

  @Test
  void thePublishAnywayFlagOnAnUploadIsRecordedToo() {
    Http.Reply reply = upload("POST", "/api/documents?publish=anyway");
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("publishedAnyway").asBoolean()).isTrue();
    assertThat(http.get("/api/documents/" + ID).json().get("publishedAnyway").get("at").asText()).isNotBlank();
    assertThat(upload("POST", "/api/documents?publish=maybe").status()).isEqualTo(400);
  }

  @Test
  void aWrongReplacementLeavesThePublishedVersionSearchable() {
    curator.upload("POST", "/api/documents", "zorblatt.md", utf8(FIXED), TOKEN);
    Http.Reply replaced = upload("PUT", "/api/documents/" + ID);
    assertThat(replaced.status()).isEqualTo(202);
    assertThat(topDocFor("zorblatt")).isEqualTo(ID);
    assertThat(cadenza.index().chunksOf(ID).toString()).contains("F##").doesNotContain("C#, E, G#");
    assertThat(http.get("/api/documents/" + ID).json().get("draftWaiting").asBoolean()).isTrue();
  }

  @Test
  void draftsAreForCuratorsOnly() {
    upload("POST", "/api/documents");
    assertThat(curator.call("GET", "/api/drafts/" + ID, null).status()).isEqualTo(401);
    assertThat(curator.call("GET", "/api/drafts", "guess").status()).isEqualTo(401);
    assertThat(curator.call("POST", "/api/drafts/" + ID + "/publish", "guess").status()).isEqualTo(401);
    assertThat(curator.call("DELETE", "/api/drafts/" + ID, null).status()).isEqualTo(401);
    assertOutOfSearch();
  }

  @Test
  void discardingADraftForgetsIt() {
    upload("POST", "/api/documents");
    assertThat(curator.call("DELETE", "/api/drafts/" + ID, TOKEN).status()).isEqualTo(204);
    assertThat(curator.call("GET", "/api/drafts", TOKEN).json().get("drafts")).isEmpty();
    assertThat(curator.call("POST", "/api/drafts/" + ID + "/publish", TOKEN).status()).isEqualTo(404);
  }

  private Http.Reply upload(String method, String path) {
    return curator.upload(method, path, "zorblatt.md", utf8(WRONG), TOKEN);
  }

  private void assertOutOfSearch() {
    assertThat(topDocFor("zorblatt voicings")).isNotEqualTo(ID);
    assertThat(cadenza.index().chunksOf(ID)).isEmpty();
    assertThat(http.get("/api/documents/" + ID).status()).isEqualTo(404);
  }

  private static JsonNode incorrectClaim(JsonNode body) {
    for (JsonNode claim : body.get("claims")) {
      if (claim.get("verdict").asText().equals("incorrect")) return claim;
    }
    throw new AssertionError("no incorrect claim in " + body);
  }

  private String topDocFor(String query) {
    JsonNode hits = http.get("/api/search?k=1&q=" + query.replace(" ", "%20")).json().get("hits");
    return hits.isEmpty() ? null : hits.get(0).get("docId").asText();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
