package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.answer.Admission;
import dev.cadenza.answer.AskRequest;
import dev.cadenza.answer.Citation;
import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.Curator;
import dev.cadenza.index.Filter;
import dev.cadenza.index.IndexedDocument;
import dev.cadenza.index.Progress;
import dev.cadenza.store.DatabaseSettings;
import dev.cadenza.store.StoreBackend;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instances sharing one PostgreSQL database (embedded here), each with its own corpus copy, index and data folder,
 * as replicas behind a load balancer would be: a change made on one is answered from on the others within
 * {@link #SYNC_LIMIT}, an interrupted upload is seen by none, and an instance that was down catches up.
 */
class ReplicasTest {

  private static final Duration SYNC_LIMIT = Duration.ofSeconds(2);
  private static final String LYDIAN = "---\ntitle: The Quorvex Cadence\ntopic: harmony\n---\n"
      + "The quorvex cadence moves from the raised fourth degree to the tonic. It appears only in this test.\n";
  private static final String WHOLE_TONE = "---\ntitle: The Plimsett Scale\ntopic: scales\n---\n"
      + "The plimsett scale is made of whole tones only. It exists only in this test.\n";

  /** D#maj13 is D# F## A# C## E# B#: this spelling is wrong, so the verifier holds the upload back. */
  private static final String WRONG_SPELLING = "---\ntitle: Thirteenth chords\n---\n"
      + "A D# major 13th chord contains D#, F#, A#, C#, E, G#, B.\n";

  @TempDir Path temp;
  private DatabaseSettings database;

  @BeforeEach
  void createDatabase() {
    database = StoreBackend.newPostgresDatabase();
  }

  @Test
  void documentUploadedOnAIsAnsweredFromOnBWithinTwoSeconds() throws Exception {
    try (Cadenza a = start("a"); Cadenza b = start("b")) {
      upload(a, "uploads/quorvex", LYDIAN);
      long uploaded = System.nanoTime();
      awaitWithin(SYNC_LIMIT, () -> citedDocuments(b, "What is the quorvex cadence?").contains("uploads/quorvex"));
      assertThat(Duration.ofNanos(System.nanoTime() - uploaded)).isLessThan(SYNC_LIMIT);
    }
  }

  @Test
  void documentDeletedOnBIsGoneOnA() throws Exception {
    try (Cadenza a = start("a"); Cadenza b = start("b")) {
      upload(a, "uploads/quorvex", LYDIAN);
      awaitWithin(SYNC_LIMIT, () -> indexed(b).contains("uploads/quorvex"));
      assertThat(b.curator().delete("uploads/quorvex")).isTrue();
      awaitWithin(SYNC_LIMIT, () -> !indexed(a).contains("uploads/quorvex"));
      assertThat(searchedDocuments(a, "quorvex")).doesNotContain("uploads/quorvex");
    }
  }

  /**
   * A real SIGKILL: a child JVM uploads through the shared store and is killed while embedding, its transaction
   * (document row and change log entry) open. The server rolls the transaction back when the session dies.
   */
  @Test
  void uploadKilledOnANeverShowsOnBAndARestartedCatchesUp() throws Exception {
    Path a = temp.resolve("a");
    Path corpus = Fixtures.copyCorpus(a.resolve("corpus"));
    try (Cadenza b = start("b")) {
      try (ChildProcess child = new ChildProcess(UploadChild.class, temp.resolve("child-stderr.txt"), corpus.toString(),
          a.resolve("index").toString(), a.resolve("data").toString(), database.url())) {
        String line = child.awaitLine(l -> l.equals("embedding") || l.equals("done"), Duration.ofSeconds(90));
        assertThat(line).as("child output %s, stderr %s", child.output(), Files.readString(temp.resolve("child-stderr.txt")))
            .isEqualTo("embedding");
        assertThat(indexed(b)).as("B while A's upload is open").doesNotContain("uploads/interrupted");
        child.kill();
      }
      upload(b, "uploads/plimsett", WHOLE_TONE);
      assertThat(indexed(b)).contains("uploads/plimsett").doesNotContain("uploads/interrupted");
      assertThat(searchedDocuments(b, KillDuringUploadTest.MARKER)).doesNotContain("uploads/interrupted");
      try (Cadenza restarted = start("a")) {
        assertThat(indexed(restarted)).contains("uploads/plimsett").doesNotContain("uploads/interrupted");
      }
    }
  }

  @Test
  void instanceStartedLaterCatchesUpFromTheStoreAndThenFollowsTheChangeLog() throws Exception {
    try (Cadenza a = start("a")) {
      upload(a, "uploads/quorvex", LYDIAN);
      upload(a, "uploads/plimsett", WHOLE_TONE);
      assertThat(a.curator().delete("uploads/quorvex")).isTrue();
      try (Cadenza late = start("late")) {
        assertThat(indexed(late)).contains("uploads/plimsett").doesNotContain("uploads/quorvex");
        upload(a, "uploads/quorvex", LYDIAN);
        awaitWithin(SYNC_LIMIT, () -> indexed(late).contains("uploads/quorvex"));
      }
    }
  }

  @Test
  void draftHeldOnAIsPublishedAnywayOnBAndTheOverrideShowsOnA() throws Exception {
    try (Cadenza a = start("a"); Cadenza b = start("b")) {
      byte[] wrong = WRONG_SPELLING.getBytes(StandardCharsets.UTF_8);
      assertThat(a.curator().add("uploads/spelling", "spelling.md", wrong, Curator.WrongFacts.HOLD).kind())
          .isEqualTo(Curator.Outcome.Kind.DRAFTED);
      assertThat(b.curator().drafts().ids()).containsExactly("uploads/spelling");
      assertThat(b.curator().publishDraftAnyway("uploads/spelling")).get().extracting(Curator.Outcome::publishedAnyway)
          .isEqualTo(true);
      assertThat(a.curator().drafts().ids()).isEmpty();
      assertThat(a.curator().overrides().latest("uploads/spelling")).get()
          .satisfies(override -> assertThat(override.disputed()).isNotEmpty());
      awaitWithin(SYNC_LIMIT, () -> indexed(a).contains("uploads/spelling"));
    }
  }

  /** An instance over its own copy of the fixture corpus in {@code temp/name}, synced and following the others. */
  private Cadenza start(String name) {
    Path dir = temp.resolve(name);
    Path corpus = Files.isDirectory(dir.resolve("corpus")) ? dir.resolve("corpus") : Fixtures.copyCorpus(dir.resolve("corpus"));
    Cadenza cadenza = Cadenza.open(config(corpus, dir.resolve("index"), dir.resolve("data"), database), new HashingEmbedder());
    cadenza.syncCorpus(Progress.NONE);
    return cadenza;
  }

  static CadenzaConfig config(Path corpus, Path index, Path data, DatabaseSettings database) {
    return new CadenzaConfig(corpus, index, data, null, Admission.DEFAULT_MAX_RUNNING, Admission.DEFAULT_MAX_WAITING,
        database);
  }

  private static void upload(Cadenza cadenza, String id, String text) {
    Curator.Outcome outcome = cadenza.curator().add(id, id.substring(id.indexOf('/') + 1) + ".md",
        text.getBytes(StandardCharsets.UTF_8), Curator.WrongFacts.HOLD);
    assertThat(outcome.kind()).isEqualTo(Curator.Outcome.Kind.ADDED);
  }

  private static List<String> indexed(Cadenza cadenza) {
    return cadenza.index().documents().stream().map(IndexedDocument::id).toList();
  }

  private static List<String> citedDocuments(Cadenza cadenza, String question) {
    return cadenza.ask().ask(new AskRequest(question, 5, Filter.NONE, null)).citations().stream()
        .map(Citation::docId).toList();
  }

  private static List<String> searchedDocuments(Cadenza cadenza, String text) {
    return cadenza.search().search(text, 10, Filter.NONE).stream().map(p -> p.chunk().docId()).toList();
  }

  private static void awaitWithin(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("not within %s", limit).isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
