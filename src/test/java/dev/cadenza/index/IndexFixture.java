package dev.cadenza.index;

import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.CorpusLoader;
import dev.cadenza.testing.Fixtures;
import dev.cadenza.testing.HashingEmbedder;
import java.nio.file.Path;

/** A fixture corpus indexed with the hashing embedder in a temp folder. */
final class IndexFixture {
  final Path corpus;
  final ChunkIndex index;
  final DocumentSync documents;

  IndexFixture(Path temp) {
    this.corpus = Fixtures.copyCorpus(temp.resolve("corpus"));
    this.index = ChunkIndex.open(temp.resolve("index"), new HashingEmbedder());
    this.documents = new DocumentSync(index, new Chunker());
    sync();
  }

  SyncReport sync() {
    return documents.sync(CorpusLoader.load(corpus).documents(), Progress.NONE);
  }
}
