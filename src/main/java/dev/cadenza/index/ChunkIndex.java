package dev.cadenza.index;

import dev.cadenza.corpus.Chunk;
import dev.cadenza.corpus.Document;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk Lucene index of chunks: BM25 text, stored metadata, an HNSW vector per chunk and the vectors of its
 * sentences; storage and search only ({@link DocumentSync} decides what to write).
 * Writes are serialised and committed per call, so a crash leaves the last committed state;
 * searches see every committed change at once through a near-real-time reader.
 */
public final class ChunkIndex implements Closeable {

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final EmbeddingModel embedder;
  private final Analyzer analyzer = new EnglishAnalyzer();
  /**
   * The same English analysis for questions, with the words of a question's frame also stopped ("what does the
   * fermata look like": "what", "does", "like" matched headings such as "What is a cadence?" above the one rare
   * word). "Why" and "how" stay: sections titled "Why the Dominant Resolves" or "How to Realize a Figured Bass"
   * answer such questions.
   */
  private final Analyzer questionAnalyzer = new EnglishAnalyzer(questionStopWords());
  /** Counts committed writes, so state derived from the chunks knows when to be derived again. */
  private final AtomicLong generation = new AtomicLong();
  /**
   * Chunks decoded from the current reader's stored fields: every answer retrieves a few dozen chunks, mostly the
   * same ones, and decompressing and decoding their text and sentence vectors again cost more than searching.
   */
  private final AtomicReference<DecodedChunks> decoded = new AtomicReference<>(new DecodedChunks(null));
  /** At most this many chunks stay decoded (tens of megabytes with their sentence vectors); the rest are read each time. */
  private static final int MAX_DECODED = 4096;
  /** Hits by score, ties broken by chunk id so that equal scores keep one order whatever order chunks were added in. */
  private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, new SortField(Fields.CHUNK_ID, SortField.Type.STRING));

  private ChunkIndex(Path dir, EmbeddingModel embedder) throws IOException {
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir);
    this.embedder = embedder;
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

  /**
   * Opens (creating if needed) the index in {@code dir} for vectors of {@code embedder}; an index written by another
   * model is emptied. {@link DocumentSync} fills it.
   */
  public static ChunkIndex open(Path dir, EmbeddingModel embedder) {
    try {
      return new ChunkIndex(dir, embedder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index at " + dir.toAbsolutePath(), e);
    }
  }

  /** How BM25 reads a question: {@link #analyzer}'s analysis, with the question's frame stopped too. */
  Analyzer questionAnalyzer() {
    return questionAnalyzer;
  }

  private static CharArraySet questionStopWords() {
    CharArraySet words = CharArraySet.copy(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    words.addAll(List.of("what", "whats", "what's", "does", "do", "did", "i", "you", "u", "me", "my", "can",
        "could", "would", "should", "please", "pls", "like", "look", "tell", "explain", "mean", "means",
        // how often and where a thing turns up is asked in words that say nothing of the thing ("where does the hemiola
        // usually show up": "show" matched a section on beaming "to show the beat" above the one page on hemiolas)
        "show", "shows", "usually", "typically", "normally", "often", "appear", "appears"));
    return CharArraySet.unmodifiableSet(words);
  }

  EmbeddingModel embedder() {
    return embedder;
  }

  /** Removes every chunk of a document; returns whether it was indexed. */
  public synchronized boolean delete(String docId) {
    if (!documentHashes().containsKey(docId)) {
      return false;
    }
    write(List.of(), List.of(), new Embedded(List.of(), List.of()), List.of(docId));
    return true;
  }

  /** The vectors of chunks, in their order: one for each chunk, and one for each of its quotable sentences. */
  record Embedded(List<float[]> chunks, List<Map<String, float[]>> sentences) {}

  /** Writes {@code documents} as the given chunks (in document order) with their vectors, removes others, commits. */
  synchronized void write(List<Document> documents, List<Chunk> chunks, Embedded vectors, List<String> removals) {
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
      generation.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("index write failed", e);
    }
  }

  /** The embeddings of a chunk's quotable sentences stored at index time, by sentence text; empty for an unknown chunk. */
  public Map<String, float[]> sentenceVectors(String chunkId) {
    return searching(chunkId, searcher -> {
      // The chunks of an answer were decoded by the search that found them, moments ago.
      DecodedChunks cache = decodedFor(searcher);
      Decoded known = cache.byChunkId().get(chunkId);
      if (known != null) return known.sentenceVectors();
      ScoreDoc[] hits = searcher.search(new org.apache.lucene.search.TermQuery(new Term(Fields.CHUNK_ID, chunkId)), 1).scoreDocs;
      return hits.length == 0 ? Map.<String, float[]>of() : decoded(searcher, cache, hits[0].doc).sentenceVectors();
    });
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
    for (var doc : storedDocuments(MatchAllDocsQuery.INSTANCE)) {
      documents.merge(doc.get(Fields.DOC_ID),
          new IndexedDocument(doc.get(Fields.DOC_ID), doc.get(Fields.TITLE), doc.get(Fields.TOPIC), doc.get(Fields.LEVEL),
              List.of(doc.getValues(Fields.TAGS)), 1, doc.get(Fields.DOC_HASH)),
          (a, b) -> new IndexedDocument(a.id(), a.title(), a.topic(), a.level(), a.tags(), a.chunks() + 1, a.contentHash()));
    }
    return List.copyOf(documents.values());
  }

  /** Every chunk of a document in position order; empty when the document is not indexed. */
  public List<StoredChunk> chunksOf(String docId) {
    return storedDocuments(new org.apache.lucene.search.TermQuery(new Term(Fields.DOC_ID, docId))).stream()
        .map(LuceneDocs::fromLucene)
        .sorted(java.util.Comparator.comparingInt(StoredChunk::position))
        .toList();
  }

  /** Every indexed chunk, by document id and position. */
  public List<StoredChunk> chunks() {
    return storedDocuments(MatchAllDocsQuery.INSTANCE).stream()
        .map(LuceneDocs::fromLucene)
        .sorted(java.util.Comparator.comparing(StoredChunk::docId).thenComparingInt(StoredChunk::position))
        .toList();
  }

  /** How many writes this index has committed since it was opened; it changes whenever the chunks may have. */
  public long generation() {
    return generation.get();
  }

  public int chunkCount() {
    return searching("count", searcher -> searcher.getIndexReader().numDocs());
  }

  /** Top {@code n} hits of {@code query} by score, ties broken by chunk id. */
  List<ScoredChunk> search(Query query, int n) {
    return searching(query, searcher -> {
      DecodedChunks cache = decodedFor(searcher);
      int limit = Math.max(1, Math.min(n, searcher.getIndexReader().maxDoc()));
      // Sorted by score first, a hit carries its score as its first sort value; asking Lucene for scores as well
      // would score every hit a second time.
      List<ScoredChunk> hits = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query, limit, BY_SCORE, false).scoreDocs) {
        hits.add(new ScoredChunk(decoded(searcher, cache, sd.doc).chunk(), (Float) ((FieldDoc) sd).fields[0]));
      }
      return hits;
    });
  }

  /** A chunk's stored fields decoded: what searches return and answers quote. */
  private record Decoded(StoredChunk chunk, Map<String, float[]> sentenceVectors) {}

  /** The chunks decoded from one reader, by Lucene document number and by chunk id; a new reader starts afresh. */
  private record DecodedChunks(Object readerKey, Map<Integer, Decoded> byDoc, Map<String, Decoded> byChunkId) {
    DecodedChunks(Object readerKey) {
      this(readerKey, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    void add(int doc, Decoded chunk) {
      if (byDoc.size() >= MAX_DECODED) return;
      byDoc.put(doc, chunk);
      byChunkId.put(chunk.chunk().chunkId(), chunk);
    }
  }

  /** Document {@code doc} of the searcher's reader, decoded from its stored fields unless {@code cache} has it. */
  private static Decoded decoded(IndexSearcher searcher, DecodedChunks cache, int doc) throws IOException {
    Decoded chunk = cache.byDoc().get(doc);
    if (chunk == null) {
      var stored = searcher.storedFields().document(doc);
      chunk = new Decoded(LuceneDocs.fromLucene(stored), LuceneDocs.sentenceVectors(stored));
      cache.add(doc, chunk);
    }
    return chunk;
  }

  private DecodedChunks decodedFor(IndexSearcher searcher) {
    Object readerKey = searcher.getIndexReader().getReaderCacheHelper().getKey();
    DecodedChunks current = decoded.get();
    if (current.readerKey() == readerKey) return current;
    // A search still on the previous reader replaces the map too; it is only a cache, and the next search fixes it.
    DecodedChunks fresh = new DecodedChunks(readerKey);
    decoded.set(fresh);
    return fresh;
  }

  /** The whole stored documents of every hit, for listings that read every field once. */
  private List<org.apache.lucene.document.Document> storedDocuments(Query query) {
    return searching(query, searcher -> {
      var stored = searcher.storedFields();
      List<org.apache.lucene.document.Document> hits = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
        hits.add(stored.document(sd.doc));
      }
      return hits;
    });
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code work} on the current searcher; {@code what} names it in the error. */
  private <T> T searching(Object what, SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed for " + what, e);
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
    questionAnalyzer.close();
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
