package dev.cadenza.index;

import dev.cadenza.corpus.Chunk;
import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.CorpusException;
import dev.cadenza.corpus.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings documents into a {@link ChunkIndex}: finds what changed by content hash, chunks the documents and
 * embeds each chunk and its quotable sentences with the index's model, then has the index write them.
 */
public final class DocumentSync {

  /** Chunks embedded per call to the model: large enough to amortise overhead, small enough for steady progress. */
  private static final int EMBED_BATCH = 32;

  private final ChunkIndex index;
  private final Chunker chunker;
  private final boolean withSentences;

  public DocumentSync(ChunkIndex index, Chunker chunker) {
    this(index, chunker, true);
  }

  /** @param withSentences whether quotable sentences get vectors; only retrieval benchmarks, which never answer, skip them */
  public DocumentSync(ChunkIndex index, Chunker chunker, boolean withSentences) {
    this.index = index;
    this.chunker = chunker;
    this.withSentences = withSentences;
  }

  /** Makes the index hold exactly {@code documents}: new and changed ones (by hash) are embedded, missing ones removed. */
  public SyncReport sync(Collection<Document> documents, Progress progress) {
    // The index's own lock: no upload or delete may land between the hash diff and the write.
    synchronized (index) {
      Map<String, String> indexed = index.documentHashes();
      List<Document> toEmbed = new ArrayList<>();
      List<String> added = new ArrayList<>();
      List<String> updated = new ArrayList<>();
      Set<String> wanted = new HashSet<>();
      for (Document doc : documents) {
        wanted.add(doc.id());
        String hash = indexed.get(doc.id());
        if (hash == null) {
          added.add(doc.id());
          toEmbed.add(doc);
        } else if (!hash.equals(doc.contentHash())) {
          updated.add(doc.id());
          toEmbed.add(doc);
        }
      }
      List<String> removed = indexed.keySet().stream().filter(id -> !wanted.contains(id)).sorted().toList();
      List<Chunk> chunks = toEmbed.stream().flatMap(d -> chunker.chunk(d).stream()).toList();
      index.write(toEmbed, chunks, embed(chunks, progress), removed);
      return new SyncReport(added, updated, documents.size() - toEmbed.size(), removed, chunks.size());
    }
  }

  /** Adds or replaces one document; returns the number of chunks written. */
  public int put(Document document) {
    return put(document, Integer.MAX_VALUE);
  }

  /**
   * Adds or replaces one document of at most {@code maxChunks} chunks (more is a {@link CorpusException} and writes
   * nothing). Embedding runs before the index lock is taken, so a long document does not hold up other writes.
   */
  public int put(Document document, int maxChunks) {
    List<Chunk> chunks = chunker.chunk(document);
    if (chunks.size() > maxChunks) {
      throw new CorpusException("document " + document.id() + " would make " + chunks.size() + " chunks; the limit is "
          + maxChunks + " per document: split it into several documents");
    }
    ChunkIndex.Embedded embedded = embed(chunks, Progress.NONE);
    synchronized (index) {
      index.write(List.of(document), chunks, embedded, List.of());
      return chunks.size();
    }
  }

  /** Chunks and their sentences embedded a batch of chunks at a time, progress counted in chunks. */
  private ChunkIndex.Embedded embed(List<Chunk> chunks, Progress progress) {
    List<float[]> vectors = new ArrayList<>(chunks.size());
    List<Map<String, float[]>> sentences = new ArrayList<>(chunks.size());
    progress.update("embedding", 0, chunks.size());
    for (int from = 0; from < chunks.size(); from += EMBED_BATCH) {
      List<Chunk> part = chunks.subList(from, Math.min(chunks.size(), from + EMBED_BATCH));
      ChunkIndex.Embedded batch = withSentences ? SentenceVectors.embed(part, index.embedder())
          : SentenceVectors.withoutSentences(part, index.embedder());
      vectors.addAll(batch.chunks());
      sentences.addAll(batch.sentences());
      progress.update("embedding", vectors.size(), chunks.size());
    }
    return new ChunkIndex.Embedded(vectors, sentences);
  }
}
