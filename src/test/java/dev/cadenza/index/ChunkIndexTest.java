package dev.cadenza.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.CorpusException;
import dev.cadenza.corpus.Document;
import dev.cadenza.corpus.DocumentParser;
import dev.cadenza.testing.HashingEmbedder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkIndexTest {

  @TempDir Path temp;

  @Test
  void firstSyncAddsEveryDocument() {
    IndexFixture f = new IndexFixture(temp);
    assertThat(f.index.documentHashes().keySet())
        .containsExactly("harmony/cadences", "harmony/dominant", "pitch/counterpoint-note", "pitch/intervals");
    assertThat(f.index.chunkCount()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void unchangedCorpusReembedsNothing() {
    IndexFixture f = new IndexFixture(temp);
    SyncReport again = f.sync();
    assertThat(again.changedAnything()).isFalse();
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(again.chunksEmbedded()).isZero();
  }

  @Test
  void editedDocumentIsTheOnlyOneReembedded() throws Exception {
    IndexFixture f = new IndexFixture(temp);
    Path file = f.corpus.resolve("pitch/intervals.md");
    Files.writeString(file, Files.readString(file) + "\nA minor sixth spans eight semitones.\n");
    SyncReport report = f.sync();
    assertThat(report.updated()).containsExactly("pitch/intervals");
    assertThat(report.added()).isEmpty();
    assertThat(report.chunksEmbedded()).isEqualTo(f.index.chunksOf("pitch/intervals").size());
    assertThat(new Bm25Retriever(f.index).retrieve("minor sixth eight semitones", 1, Filter.NONE))
        .first().extracting(hit -> hit.chunk().docId()).isEqualTo("pitch/intervals");
  }

  @Test
  void removedFileDisappearsFromTheIndex() throws Exception {
    IndexFixture f = new IndexFixture(temp);
    Files.delete(f.corpus.resolve("harmony/dominant.md"));
    SyncReport report = f.sync();
    assertThat(report.removed()).containsExactly("harmony/dominant");
    assertThat(f.index.chunksOf("harmony/dominant")).isEmpty();
    assertThat(new Bm25Retriever(f.index).retrieve("tritone", 10, Filter.NONE))
        .noneMatch(hit -> hit.chunk().docId().equals("harmony/dominant"));
  }

  @Test
  void reopenedIndexKeepsItsContent() throws Exception {
    IndexFixture f = new IndexFixture(temp);
    int chunks = f.index.chunkCount();
    f.index.close();
    try (ChunkIndex reopened = ChunkIndex.open(temp.resolve("index"), new HashingEmbedder())) {
      assertThat(reopened.chunkCount()).isEqualTo(chunks);
    }
  }

  @Test
  void documentOverTheChunkLimitIsRefusedAndNothingIsWritten() {
    IndexFixture f = new IndexFixture(temp);
    int before = f.index.chunkCount();
    String body = "Scales and chords fill this long paragraph about harmony. ".repeat(200);
    Document big = DocumentParser.parse("uploads/big", "big.md", ("---\ntitle: Big\n---\n" + body).getBytes(StandardCharsets.UTF_8));
    int chunks = new Chunker().chunk(big).size();
    assertThat(chunks).isGreaterThan(3);
    assertThatThrownBy(() -> f.documents.put(big, 3)).isInstanceOf(CorpusException.class)
        .hasMessageContaining(chunks + " chunks").hasMessageContaining("limit is 3");
    assertThat(f.index.chunkCount()).isEqualTo(before);
    assertThat(f.documents.put(big, chunks)).isEqualTo(chunks);
  }

  @Test
  void deleteRemovesEveryChunkOfADocument() {
    IndexFixture f = new IndexFixture(temp);
    assertThat(f.index.delete("harmony/cadences")).isTrue();
    assertThat(f.index.chunksOf("harmony/cadences")).isEmpty();
    assertThat(f.index.delete("harmony/cadences")).isFalse();
  }

  @Test
  void eachQuotableSentenceIsStoredWithItsEmbedding() {
    IndexFixture f = new IndexFixture(temp);
    StoredChunk chunk = f.index.chunksOf("harmony/cadences").getFirst();
    var vectors = f.index.sentenceVectors(chunk.chunkId());

    assertThat(vectors).isNotEmpty();
    assertThat(chunk.text()).contains(vectors.keySet());
    vectors.forEach((sentence, vector) -> assertThat(vector)
        .as(sentence).containsExactly(new HashingEmbedder().embed(sentence).content().vector()));
    assertThat(f.index.sentenceVectors("no/such#0")).isEmpty();
  }

  @Test
  void anEditIsSeenAtOnceThoughTheChunkWasDecodedBefore() throws Exception {
    IndexFixture f = new IndexFixture(temp);
    Bm25Retriever bm25 = new Bm25Retriever(f.index);
    StoredChunk before = bm25.retrieve("perfect fifth", 1, Filter.NONE).getFirst().chunk();
    assertThat(f.index.sentenceVectors(before.chunkId())).isNotEmpty();
    Path file = f.corpus.resolve(before.docId() + ".md");
    Files.writeString(file, Files.readString(file).replace("fifth", "quint"));
    f.sync();

    StoredChunk after = bm25.retrieve("perfect quint", 1, Filter.NONE).getFirst().chunk();
    assertThat(after.chunkId()).isEqualTo(before.chunkId());
    assertThat(after.text()).contains("quint").doesNotContain("fifth");
    assertThat(f.index.sentenceVectors(after.chunkId()).keySet())
        .isNotEmpty().noneMatch(sentence -> sentence.contains("fifth"));
    assertThat(bm25.retrieve("perfect fifth", 10, Filter.NONE))
        .noneMatch(hit -> hit.chunk().text().contains("fifth"));
  }

  @Test
  void hitsKeepTheirScoresInOrder() {
    IndexFixture f = new IndexFixture(temp);
    var hits = new Bm25Retriever(f.index).retrieve("fifth cadence dominant interval", 10, Filter.NONE);
    assertThat(hits).hasSizeGreaterThan(1);
    assertThat(hits).allMatch(hit -> hit.score() > 0);
    assertThat(hits).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
  }
}
