package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.DocumentSync;
import dev.cadenza.index.Filter;
import dev.cadenza.index.IndexedDocument;
import dev.cadenza.index.Progress;
import dev.cadenza.testing.HashingEmbedder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload the client never got an answer for must leave no trace after a restart, wherever it was interrupted:
 * with its original staged and the index not yet committed (a real SIGKILL of a child process), or with the index
 * committed and the original not yet moved into place.
 */
class KillDuringUploadTest {

  static final String MARKER = "zorblattcadence";
  static final String DOCUMENT = "---\ntitle: Interrupted\ntopic: harmony\n---\nThe " + MARKER
      + " is a cadence no one has heard. It exists only in this test, which kills the upload.\n";
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  @TempDir Path temp;

  @Test
  void uploadKilledWhileEmbeddingLeavesNoDocumentAfterRestart() throws Exception {
    CadenzaConfig config = new CadenzaConfig(Files.createDirectories(temp.resolve("corpus")), temp.resolve("index"), temp.resolve("data"));
    try (ChildProcess child = new ChildProcess(UploadChild.class, temp.resolve("child-stderr.txt"),
        config.corpusDir().toString(), config.indexDir().toString(), config.dataDir().toString())) {
      String line = child.awaitLine(l -> l.equals("embedding") || l.equals("done"), DEADLINE);
      assertThat(line).as("child output %s, stderr %s", child.output(), Files.readString(temp.resolve("child-stderr.txt")))
          .isEqualTo("embedding");
      assertThat(filesUnder(config.dataDir().resolve("documents"))).as("the original is staged while embedding").isNotEmpty();
      child.kill();
    }
    try (Cadenza cadenza = Cadenza.open(config, new HashingEmbedder())) {
      cadenza.syncCorpus(Progress.NONE);
      assertThat(cadenza.index().documents()).extracting(IndexedDocument::id).doesNotContain("uploads/interrupted");
      assertThat(cadenza.search().search(MARKER, 5, Filter.NONE)).isEmpty();
    }
    assertThat(filesUnder(config.dataDir().resolve("documents"))).as("no staged original is left").isEmpty();
  }

  @Test
  void documentIndexedButNotYetKeptIsDroppedAtTheNextStart() throws Exception {
    CadenzaConfig config = new CadenzaConfig(Files.createDirectories(temp.resolve("corpus")), temp.resolve("index"), temp.resolve("data"));
    // The index committed, then the process died before the original was moved into place.
    try (ChunkIndex index = ChunkIndex.open(config.indexDir(), new HashingEmbedder())) {
      new DocumentSync(index, new Chunker()).put(DocumentParser.parse("uploads/interrupted", "interrupted.md", DOCUMENT.getBytes(StandardCharsets.UTF_8)));
    }
    try (Cadenza cadenza = Cadenza.open(config, new HashingEmbedder())) {
      cadenza.syncCorpus(Progress.NONE);
      assertThat(cadenza.index().documents()).extracting(IndexedDocument::id).doesNotContain("uploads/interrupted");
    }
  }

  private static List<Path> filesUnder(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
