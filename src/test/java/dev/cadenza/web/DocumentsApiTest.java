package dev.cadenza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.CuratorToken;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curator API over the real index and library (with the fast hashing embedder). */
class DocumentsApiTest {

  private static final String TOKEN = "curator-secret";
  private static final long MAX_UPLOAD = 64 * 1024;

  @TempDir Path temp;
  Cadenza cadenza;
  Javalin app;
  Http http;
  String base;

  @BeforeEach
  void start() {
    cadenza = open();
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, TOKEN), temp), MAX_UPLOAD))
        .start("127.0.0.1", 0);
    http = new Http(app.port());
    base = "http://127.0.0.1:" + app.port();
  }

  private Cadenza open() {
    Path corpus = temp.resolve("corpus");
    if (!Files.exists(corpus)) Fixtures.copyCorpus(corpus);
    Cadenza c = Cadenza.open(new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data")), new HashingEmbedder());
    c.syncCorpus(Progress.NONE);
    return c;
  }

  @AfterEach
  void stop() throws Exception {
    app.stop();
    cadenza.close();
  }

  @Test
  void concurrentUploadsOfOneNameHaveOneWinnerWhoseFileIsWhatIsIndexed() throws Exception {
    for (int round = 0; round < 4; round++) {
      String name = "race-" + round + ".md";
      List<Integer> statuses = concurrently(8, writer -> upload("POST", "/api/documents", name,
          utf8("---\ntitle: Race\n---\nVersion " + writer + " of the racing document about cadences."), TOKEN).status());
      assertThat(statuses).as("round %d", round).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
      assertOriginalMatchesIndex("uploads/race-" + round);
    }
  }

  @Test
  void concurrentReplacementsLeaveTheFileAndTheIndexAgreeingAcrossARestart() throws Exception {
    assertThat(upload("POST", "/api/documents", "shared.md", utf8("---\ntitle: Shared\n---\nFirst text."), TOKEN).status()).isEqualTo(201);
    for (int round = 0; round < 4; round++) {
      int r = round;
      List<Integer> statuses = concurrently(8, writer -> upload("PUT", "/api/documents/uploads/shared", "shared.md",
          utf8("---\ntitle: Shared\n---\nRound " + r + ", writer " + writer + ", on voice leading."), TOKEN).status());
      assertThat(statuses).as("round %d", round).containsOnly(200);
      assertOriginalMatchesIndex("uploads/shared");
    }
    String hash = cadenza.index().documentHashes().get("uploads/shared");
    stop();
    cadenza = open();
    assertThat(cadenza.index().documentHashes().get("uploads/shared")).as("the same text after a restart").isEqualTo(hash);
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, TOKEN), temp), MAX_UPLOAD)).start("127.0.0.1", 0);
  }

  private void assertOriginalMatchesIndex(String id) throws Exception {
    Path original = temp.resolve("data/documents/" + id.substring("uploads/".length()) + ".md");
    String stored = DocumentParser.parse(id, "x.md", Files.readAllBytes(original)).contentHash();
    assertThat(cadenza.index().documentHashes().get(id)).as("indexed text of %s is its stored original", id).isEqualTo(stored);
  }

  /** Runs {@code writers} calls released at the same moment; their results in writer order. */
  private static List<Integer> concurrently(int writers, java.util.function.IntFunction<Integer> call) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        results.add(pool.submit(() -> {
          start.await();
          return call.apply(writer);
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) statuses.add(result.get(60, TimeUnit.SECONDS));
      return statuses;
    }
  }

  private Http.Reply upload(String method, String path, String fileName, byte[] content, String token) {
    String boundary = "----cadenza-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (token != null) request.header("Authorization", "Bearer " + token);
    return http.send(request);
  }

  private Http.Reply postJson(String json, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/documents"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) request.header("Authorization", "Bearer " + token);
    return http.send(request);
  }

  private Http.Reply delete(String id, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/documents/" + id)).DELETE();
    if (token != null) request.header("Authorization", "Bearer " + token);
    return http.send(request);
  }

  private String topDocFor(String query) {
    JsonNode hits = http.get("/api/search?k=1&q=" + query.replace(" ", "%20")).json().get("hits");
    return hits.isEmpty() ? null : hits.get(0).get("docId").asText();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A corrupt PDF on which PDFBox throws NegativeArraySizeException (found by the parser fuzz). */
  private static byte[] fuzzedPdf() throws java.io.IOException {
    try (var in = DocumentsApiTest.class.getResourceAsStream("/fuzz-regressions/pdf-negative-array-size.pdf")) {
      return in.readAllBytes();
    }
  }

  private static byte[] pdf(String line) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText(line);
        text.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void everyFormatIsIngestedAndFoundByAQuestionOnlyItAnswers() throws Exception {
    assertThat(upload("POST", "/api/documents", "lydian.md",
        utf8("---\ntitle: Lydian zebra\n---\nThe zebra mode raises the fourth degree."), TOKEN).status()).isEqualTo(201);
    assertThat(upload("POST", "/api/documents", "notes.txt", utf8("Marimba tuning\n\nMarimba bars are tuned by carving."), TOKEN).status()).isEqualTo(201);
    assertThat(upload("POST", "/api/documents", "page.html",
        utf8("<html><head><title>Hemiola</title></head><body><p>Hemiola shifts quokka accents.</p></body></html>"), TOKEN).status()).isEqualTo(201);
    assertThat(upload("POST", "/api/documents", "scan.pdf", pdf("Ophicleide players read bass clef."), TOKEN).status()).isEqualTo(201);
    assertThat(topDocFor("zebra mode")).isEqualTo("uploads/lydian");
    assertThat(topDocFor("marimba carving")).isEqualTo("uploads/notes");
    assertThat(topDocFor("quokka accents")).isEqualTo("uploads/page");
    assertThat(topDocFor("ophicleide")).isEqualTo("uploads/scan");
  }

  @Test
  void jsonDocumentIsAddedWithItsMetadata() {
    Http.Reply reply = postJson("{\"title\": \"Tuba Basics\", \"text\": \"The tuba reads in bass clef and sounds as written.\","
        + " \"topic\": \"notation\", \"level\": \"beginner\", \"tags\": [\"brass\"]}", TOKEN);
    assertThat(reply.status()).isEqualTo(201);
    JsonNode doc = http.get("/api/documents/uploads/tuba-basics").json().get("document");
    assertThat(doc.get("title").asText()).isEqualTo("Tuba Basics");
    assertThat(doc.get("topic").asText()).isEqualTo("notation");
    assertThat(doc.get("tags").get(0).asText()).isEqualTo("brass");
  }

  @Test
  void updateReplacesTheOldChunks() {
    upload("POST", "/api/documents", "cornet.md", utf8("---\ntitle: Cornet\n---\nThe cornet uses walrus valves."), TOKEN);
    Http.Reply put = upload("PUT", "/api/documents/uploads/cornet", "cornet.md",
        utf8("---\ntitle: Cornet\n---\nThe cornet uses piston valves like a flugelhorn."), TOKEN);
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json().get("kind").asText()).isEqualTo("UPDATED");
    assertThat(topDocFor("flugelhorn")).isEqualTo("uploads/cornet");
    assertThat(http.get("/api/search?k=5&q=walrus").json().get("hits").toString()).doesNotContain("walrus");
  }

  @Test
  void deleteRemovesEveryChunkAndTheOriginal() {
    upload("POST", "/api/documents", "bassoon.md", utf8("---\ntitle: Bassoon\n---\nThe bassoon has a bocal."), TOKEN);
    assertThat(delete("uploads/bassoon", TOKEN).status()).isEqualTo(204);
    assertThat(cadenza.index().chunksOf("uploads/bassoon")).isEmpty();
    assertThat(http.get("/api/documents/uploads/bassoon").status()).isEqualTo(404);
    assertThat(temp.resolve("data/documents/bassoon.md")).doesNotExist();
  }

  @Test
  void writesWithoutOrWithAWrongTokenAre401AndChangeNothing() {
    int before = cadenza.index().chunkCount();
    Http.Reply none = upload("POST", "/api/documents", "x.md", utf8("---\ntitle: X\n---\nText."), null);
    Http.Reply wrong = upload("POST", "/api/documents", "x.md", utf8("---\ntitle: X\n---\nText."), "guess");
    Http.Reply deleteWrong = delete("harmony/cadences", "guess");
    assertThat(List.of(none.status(), wrong.status(), deleteWrong.status())).containsOnly(401);
    assertThat(none.json().get("error").asText()).contains("Bearer");
    assertThat(cadenza.index().chunkCount()).isEqualTo(before);
  }

  @Test
  void oversizeUploadIs413AndChangesNothing() {
    int before = cadenza.index().chunkCount();
    Http.Reply reply = upload("POST", "/api/documents", "big.md", utf8("---\ntitle: Big\n---\n" + "word ".repeat(20_000)), TOKEN);
    assertThat(reply.status()).isEqualTo(413);
    assertThat(cadenza.index().chunkCount()).isEqualTo(before);
  }

  @Test
  void corruptPdfAndBadInputAre400AndChangeNothing() throws Exception {
    int before = cadenza.index().chunkCount();
    assertThat(upload("POST", "/api/documents", "broken.pdf", utf8("%PDF-1.4 not really"), TOKEN).status()).isEqualTo(400);
    assertThat(upload("POST", "/api/documents", "fuzzed.pdf", fuzzedPdf(), TOKEN).status()).isEqualTo(400);
    assertThat(upload("POST", "/api/documents", "notes.docx", utf8("x"), TOKEN).status()).isEqualTo(400);
    assertThat(upload("POST", "/api/documents", "empty.md", utf8("---\ntitle: E\n---\n"), TOKEN).status()).isEqualTo(400);
    assertThat(upload("POST", "/api/documents", "bad.md", utf8("---\ntitle: E\nlevel: wizard\n---\ntext"), TOKEN).status()).isEqualTo(400);
    assertThat(postJson("{\"title\": \"No text\"}", TOKEN).status()).isEqualTo(400);
    assertThat(cadenza.index().chunkCount()).isEqualTo(before);
    assertThat(temp.resolve("data/documents")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
  }

  @Test
  void duplicateContentIsReportedNotIndexedTwice() {
    byte[] content = utf8("---\ntitle: Sackbut\n---\nThe sackbut is an early trombone.");
    assertThat(upload("POST", "/api/documents", "sackbut.md", content, TOKEN).status()).isEqualTo(201);
    Http.Reply again = upload("POST", "/api/documents", "sackbut-copy.md", content, TOKEN);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).contains("uploads/sackbut");
  }

  @Test
  void shippedCorpusDocumentsCannotBeDeletedOverHttp() {
    assertThat(delete("harmony/cadences", TOKEN).status()).isEqualTo(409);
    assertThat(cadenza.index().chunksOf("harmony/cadences")).isNotEmpty();
  }

  @Test
  void uploadsSurviveARestart() throws Exception {
    upload("POST", "/api/documents", "serpent.md", utf8("---\ntitle: Serpent\n---\nThe serpent is a bass cornett."), TOKEN);
    app.stop();
    cadenza.close();
    cadenza = open();
    app = CadenzaApp.create(cadenza, new WebConfig(CuratorToken.load(Map.of(CuratorToken.ENV, TOKEN), temp), MAX_UPLOAD)).start("127.0.0.1", 0);
    http = new Http(app.port());
    assertThat(topDocFor("serpent cornett")).isEqualTo("uploads/serpent");
  }

  @Test
  void listIsPagedWithChunkCounts() {
    JsonNode page = http.get("/api/documents?page=2&size=3").json();
    assertThat(page.get("total").asInt()).isEqualTo(4);
    assertThat(page.get("documents")).hasSize(1);
    assertThat(page.get("documents").get(0).get("chunks").asInt()).isPositive();
    assertThat(http.get("/api/documents?size=0").status()).isEqualTo(400);
  }

  @Test
  void searchesDuringIngestionNeverFail() throws Exception {
    AtomicInteger failures = new AtomicInteger();
    List<Thread> searchers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      searchers.add(Thread.ofPlatform().name("searcher-" + t).start(() -> {
        for (int i = 0; i < 40; i++) {
          if (http.get("/api/search?q=cadence%20tonic&k=3").status() != 200) failures.incrementAndGet();
        }
      }));
    }
    for (int i = 0; i < 10; i++) {
      upload("POST", "/api/documents", "doc" + i + ".md", utf8("---\ntitle: Doc " + i + "\n---\nCadence number " + i + " text."), TOKEN);
    }
    for (Thread t : searchers) t.join();
    assertThat(failures.get()).isZero();
    assertThat(cadenza.index().documents()).hasSize(14);
  }
}
