package dev.cadenza.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.app.Cadenza;
import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.app.Curator;
import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.corpus.Library;
import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.IndexedDocument;
import dev.cadenza.index.Progress;
import dev.cadenza.index.StoredChunk;
import dev.cadenza.testing.HashingEmbedder;
import dev.cadenza.testing.LongTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child JVM ingests documents one commit at a time and is killed with SIGKILL part-way. The index
 * must open, hold only whole documents (each with every chunk a fresh chunking gives it), and a
 * re-run of sync and ingest must complete it without duplicates.
 */
class KillDuringIngestTest {

  /** Enough files that the kill lands mid-ingestion; the re-run ingests the rest one commit at a time. */
  private static final int DOCUMENTS = LongTests.count(40, 400);
  private static final long SEED = 4242L;
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  @TempDir Path temp;

  /** After how many committed files the child is killed; the long variant tries more points. */
  static Stream<Integer> killPoints() {
    return LongTests.enabled() ? IntStream.of(1, 2, 5, 13, 29, 61, 97, 150, 223, 310).boxed() : Stream.of(3);
  }

  @ParameterizedTest(name = "killed after {0} committed files")
  @MethodSource("killPoints")
  void killedIngestionLeavesOnlyWholeDocumentsAndResumes(int killAfter) throws Exception {
    System.out.println("seed " + SEED);
    Path source = GeneratedLibrary.write(temp.resolve("source"), DOCUMENTS, SEED);
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    CadenzaConfig config = new CadenzaConfig(corpus, temp.resolve("index"), temp.resolve("data"));

    try (ChildProcess child = new ChildProcess(IngestChild.class, temp.resolve("child-stderr.txt"),
        corpus.toString(), config.indexDir().toString(), config.dataDir().toString(), source.toString())) {
      String line = child.awaitLine(l -> l.equals("ingested " + killAfter + "/" + DOCUMENTS) || l.equals("done"), DEADLINE);
      assertThat(line).as("child output %s, stderr %s", child.output(), Files.readString(temp.resolve("child-stderr.txt")))
          .isEqualTo("ingested " + killAfter + "/" + DOCUMENTS);
      child.kill();
      assertThat(child.output()).as("killed before it finished").doesNotContain("done");
    }
    assertThat(Files.list(config.indexDir()).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("segments_"));

    Map<String, Document> expected = expectedDocuments(source);
    try (ChunkIndex index = ChunkIndex.open(config.indexDir(), new HashingEmbedder())) {
      List<IndexedDocument> survivors = index.documents();
      assertThat(survivors.size()).as("committed files survive").isBetween(killAfter, DOCUMENTS - 1);
      assertWhole(index, survivors, expected);
    }

    try (Cadenza cadenza = Cadenza.open(config, new HashingEmbedder())) {
      cadenza.syncCorpus(Progress.NONE);
      assertWhole(cadenza.index(), cadenza.index().documents(), expected);
      Curator.IngestSummary again = cadenza.curator().ingest(List.of(source), Progress.NONE);
      assertThat(again.failed()).isEmpty();
      List<IndexedDocument> all = cadenza.index().documents();
      assertThat(all).hasSize(DOCUMENTS);
      assertWhole(cadenza.index(), all, expected);
      int chunks = expected.values().stream().mapToInt(d -> new Chunker().chunk(d).size()).sum();
      assertThat(cadenza.index().chunkCount()).as("no duplicate chunks").isEqualTo(chunks);
      assertThat(cadenza.syncCorpus(Progress.NONE).changedAnything()).as("a second sync finds nothing to do").isFalse();
    }
  }

  /** Every listed document has exactly the chunks of a fresh chunking: the same count, positions 0..n-1, unique ids. */
  private static void assertWhole(ChunkIndex index, List<IndexedDocument> documents, Map<String, Document> expected) {
    Chunker chunker = new Chunker();
    Set<String> chunkIds = new HashSet<>();
    for (IndexedDocument indexed : documents) {
      Document source = expected.get(indexed.id());
      assertThat(source).as("indexed document %s comes from the source folder", indexed.id()).isNotNull();
      assertThat(indexed.contentHash()).as(indexed.id()).isEqualTo(source.contentHash());
      int wanted = chunker.chunk(source).size();
      List<StoredChunk> chunks = index.chunksOf(indexed.id());
      assertThat(chunks).as("chunks of %s", indexed.id()).hasSize(wanted);
      assertThat(chunks).extracting(StoredChunk::position).as(indexed.id()).containsExactlyElementsOf(IntStream.range(0, wanted).boxed().toList());
      chunks.forEach(c -> assertThat(chunkIds.add(c.chunkId())).as("duplicate chunk %s", c.chunkId()).isTrue());
    }
  }

  private static Map<String, Document> expectedDocuments(Path source) throws Exception {
    Map<String, Document> documents = new HashMap<>();
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        String id = Library.uploadId(name);
        documents.put(id, DocumentParser.parse(id, name, Files.readAllBytes(file)));
      }
    }
    return documents;
  }
}
