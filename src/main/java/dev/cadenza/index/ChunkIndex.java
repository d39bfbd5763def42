package dev.cadenza.index;

import dev.cadenza.corpus.Chunk;
import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.CorpusException;
import dev.cadenza.corpus.Document;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk Lucene index of chunks: BM25 text, stored metadata and an HNSW vector per chunk.
 * Writes are serialised and committed per call, so a crash leaves the last committed state;
 * searches see every committed change at once through a near-real-time reader.
 */
public final class ChunkIndex implements Closeable {

  /** Chunks embedded per call to the model: large enough to amortise overhead, small enough for steady progress. */
  private static final int EMBED_BATCH = 32;

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final EmbeddingModel embedder;
  private final Chunker chunker;
  private final Analyzer analyzer = new EnglishAnalyzer();

  private ChunkIndex(Path dir, EmbeddingModel embedder, Chunker chunker) throws IOException {
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir);
    this.embedder = embedder;
    this.chunker = chunker;
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    String builtWith = writer.getLiveCommitData() == null ? null : liveCommitValue(Fields.COMMIT_EMBEDDER);
    if (builtWith != null && !builtWith.equals(embedderId())) {
      // Vectors from another model are not comparable: start over rather than mix them.
      writer.deleteAll();
      writer.commit();
    }
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens (creating if needed) the index in {@code dir}; chunks are embedded with {@code embedder}. */
  public static ChunkIndex open(Path dir, EmbeddingModel embedder, Chunker chunker) {
    try {
      return new ChunkIndex(dir, embedder, chunker);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index at " + dir.toAbsolutePath(), e);
    }
  }

  Analyzer analyzer() {
    return analyzer;
  }

  EmbeddingModel embedder() {
    return embedder;
  }

  /** Makes the index hold exactly {@code documents}: new and changed ones (by hash) are embedded, missing ones removed. */
  public synchronized SyncReport sync(Collection<Document> documents, Progress progress) {
    Map<String, String> indexed = documentHashes();
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
    int chunks = write(toEmbed, removed, progress);
    return new SyncReport(added, updated, documents.size() - toEmbed.size(), removed, chunks);
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
    Embedded embedded = embed(chunks, Progress.NONE);
    synchronized (this) {
      return write(List.of(document), chunks, embedded, List.of());
    }
  }

  /** Removes every chunk of a document; returns whether it was indexed. */
  public synchronized boolean delete(String docId) {
    if (!documentHashes().containsKey(docId)) {
      return false;
    }
    write(List.of(), List.of(), new Embedded(List.of(), List.of()), List.of(docId));
    return true;
  }

  private int write(List<Document> documents, List<String> removals, Progress progress) {
    List<Chunk> chunks = documents.stream().flatMap(d -> chunker.chunk(d).stream()).toList();
    return write(documents, chunks, embed(chunks, progress), removals);
  }

  /** The vectors of chunks, in their order: one for each chunk, and one for each of its quotable sentences. */
  private record Embedded(List<float[]> chunks, List<Map<String, float[]>> sentences) {}

  /** Writes {@code documents} as the given chunks (in document order) with their vectors, removes others, commits. */
  private int write(List<Document> documents, List<Chunk> chunks, Embedded vectors, List<String> removals) {
    try {
      int next = 0;
      for (Document doc : documents) {
        List<org.apache.lucene.document.Document> docs = new ArrayList<>();
        while (next < chunks.size() && chunks.get(next).document() == doc) {
          docs.add(LuceneDocs.toLucene(chunks.get(next), vectors.chunks().get(next), vectors.sentences().get(next)));
          next++;
        }
        writer.updateDocuments(new Term(Fields.DOC_ID, doc.id()), docs);
      }
      for (String docId : removals) {
        writer.deleteDocuments(new Term(Fields.DOC_ID, docId));
      }
      writer.setLiveCommitData(Map.of(Fields.COMMIT_EMBEDDER, embedderId()).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
      return chunks.size();
    } catch (IOException e) {
      throw new UncheckedIOException("index write failed", e);
    }
  }

  /** Chunks and their sentences embedded a batch of chunks at a time, progress counted in chunks. */
  private Embedded embed(List<Chunk> chunks, Progress progress) {
    List<float[]> vectors = new ArrayList<>(chunks.size());
    List<Map<String, float[]>> sentences = new ArrayList<>(chunks.size());
    progress.update("embedding", 0, chunks.size());
    for (int from = 0; from < chunks.size(); from += EMBED_BATCH) {
      List<Chunk> batch = chunks.subList(from, Math.min(chunks.size(), from + EMBED_BATCH));
      embedder.embedAll(batch.stream().map(c -> TextSegment.from(c.embeddingText())).toList())
          .content().forEach(e -> vectors.add(e.vector()));
      sentences.addAll(SentenceVectors.embed(batch, embedder));
      progress.update("embedding", vectors.size(), chunks.size());
    }
    return new Embedded(vectors, sentences);
  }

  /** The embeddings of a chunk's quotable sentences stored at index time, by sentence text; empty for an unknown chunk. */
  public Map<String, float[]> sentenceVectors(String chunkId) {
    List<StoredHit> hits = searchStored(new org.apache.lucene.search.TermQuery(new Term(Fields.CHUNK_ID, chunkId)), 1, null);
    return hits.isEmpty() ? Map.of() : LuceneDocs.sentenceVectors(hits.getFirst().doc());
  }

  /** Document id to content hash for every indexed document, sorted by id. */
  public Map<String, String> documentHashes() {
    Map<String, String> hashes = new TreeMap<>();
    documents().forEach(d -> hashes.put(d.id(), d.contentHash()));
    return hashes;
  }

  /** Every indexed document with its metadata and chunk count, sorted by id. */
  public List<IndexedDocument> documents() {
    Map<String, IndexedDocument> documents = new TreeMap<>();
    for (StoredHit hit : searchStored(new MatchAllDocsQuery(), Integer.MAX_VALUE, null)) {
      var doc = hit.doc();
      documents.merge(doc.get(Fields.DOC_ID),
          new IndexedDocument(doc.get(Fields.DOC_ID), doc.get(Fields.TITLE), doc.get(Fields.TOPIC), doc.get(Fields.LEVEL),
              List.of(doc.getValues(Fields.TAGS)), 1, doc.get(Fields.DOC_HASH)),
          (a, b) -> new IndexedDocument(a.id(), a.title(), a.topic(), a.level(), a.tags(), a.chunks() + 1, a.contentHash()));
    }
    return List.copyOf(documents.values());
  }

  /** Every chunk of a document in position order; empty when the document is not indexed. */
  public List<StoredChunk> chunksOf(String docId) {
    return searchStored(new org.apache.lucene.search.TermQuery(new Term(Fields.DOC_ID, docId)), Integer.MAX_VALUE, null)
        .stream()
        .map(hit -> LuceneDocs.fromLucene(hit.doc()))
        .sorted(java.util.Comparator.comparingInt(StoredChunk::position))
        .toList();
  }

  public int chunkCount() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record StoredHit(org.apache.lucene.document.Document doc, float score) {}

  /** Top {@code n} hits of {@code query} by score, ties broken by chunk id. */
  List<ScoredChunk> search(Query query, int n) {
    return searchStored(query, n, new Sort(SortField.FIELD_SCORE, new SortField(Fields.CHUNK_ID, SortField.Type.STRING)))
        .stream()
        .map(hit -> new ScoredChunk(LuceneDocs.fromLucene(hit.doc()), hit.score()))
        .toList();
  }

  private List<StoredHit> searchStored(Query query, int n, Sort sort) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        int limit = Math.max(1, Math.min(n, Math.max(1, searcher.getIndexReader().maxDoc())));
        TopDocs top = sort == null ? searcher.search(query, limit) : searcher.search(query, limit, sort, true);
        var stored = searcher.storedFields();
        List<StoredHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
          hits.add(new StoredHit(stored.document(sd.doc), sd.score));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed for query " + query, e);
    }
  }

  private String liveCommitValue(String key) {
    for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
      if (entry.getKey().equals(key)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private String embedderId() {
    return embedder.getClass().getName() + "/" + embedder.modelName() + "/" + embedder.dimension() + Fields.FORMAT;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
    analyzer.close();
  }

  /** Whether a Lucene index exists in {@code dir} (so start-up can say "reusing" rather than "building"). */
  public static boolean exists(Path dir) {
    try (FSDirectory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      return false;
    }
  }
}
