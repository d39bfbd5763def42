package dev.cadenza.replica;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.corpus.DocumentStore;
import dev.cadenza.corpus.Library;
import dev.cadenza.store.Database;
import dev.cadenza.store.StoreBackend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared store on embedded PostgreSQL: what a write makes visible, when, and what the change log says. */
class PostgresDocumentStoreTest {

  private static final byte[] MODES = "---\ntitle: Modes\n---\nThe dorian mode has a raised sixth.\n"
      .getBytes(StandardCharsets.UTF_8);

  @TempDir Path temp;
  private Database database;
  private PostgresDocumentStore store;

  @BeforeEach
  void open() throws Exception {
    database = StoreBackend.POSTGRESQL.open(temp);
    store = new PostgresDocumentStore(database, Library.shippedOnly(Files.createDirectories(temp.resolve("corpus"))),
        Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    store.close();
    database.close();
  }

  @Test
  void aCommittedPutIsPublishedWithItsOriginalAndLogged() {
    Document modes = DocumentParser.parse("uploads/modes", "modes.md", MODES);
    long before = store.position();
    try (DocumentStore.Write write = store.begin()) {
      write.put(modes, "modes.md", MODES);
      assertThat(store.published("uploads/modes")).as("invisible before the commit").isEmpty();
      write.commit();
    }
    assertThat(store.published("uploads/modes")).get().extracting(Document::contentHash).isEqualTo(modes.contentHash());
    assertThat(store.changesAfter(before)).containsExactly(new DocumentStore.Change(before + 1, "uploads/modes"));
    assertThat(store.load().documents()).extracting(Document::id).containsExactly("uploads/modes");
    assertThat(store.lastChanged()).containsEntry("uploads/modes", Instant.parse("2026-01-02T03:04:05Z"));
  }

  @Test
  void aWriteClosedWithoutCommitLeavesNothing() {
    long before = store.position();
    try (DocumentStore.Write write = store.begin()) {
      write.put(DocumentParser.parse("uploads/modes", "modes.md", MODES), "modes.md", MODES);
    }
    assertThat(store.published("uploads/modes")).isEmpty();
    assertThat(store.changesAfter(before)).isEmpty();
  }

  @Test
  void aRemovalIsLoggedAndTakesTheDraftWithIt() {
    try (DocumentStore.Write write = store.begin()) {
      write.put(DocumentParser.parse("uploads/modes", "modes.md", MODES), "modes.md", MODES);
      write.commit();
    }
    store.drafts().save("uploads/modes", "modes.md", MODES);
    long before = store.position();
    try (DocumentStore.Write write = store.begin()) {
      assertThat(write.remove("uploads/modes")).isTrue();
      write.commit();
    }
    assertThat(store.published("uploads/modes")).isEmpty();
    assertThat(store.drafts().ids()).isEmpty();
    assertThat(store.changesAfter(before)).extracting(DocumentStore.Change::docId).containsExactly("uploads/modes");
  }

  @Test
  void draftsKeepTheirBytesAndFileName() {
    store.drafts().save("uploads/modes", "modes.md", MODES);
    assertThat(store.drafts().ids()).containsExactly("uploads/modes");
    assertThat(store.drafts().get("uploads/modes")).get().satisfies(draft -> {
      assertThat(draft.bytes()).isEqualTo(MODES);
      assertThat(draft.fileName()).isEqualTo("modes.md");
    });
    assertThat(store.drafts().get("harmony/cadences")).isEmpty();
    assertThat(store.drafts().remove("uploads/modes")).isTrue();
    assertThat(store.drafts().remove("uploads/modes")).isFalse();
  }
}
