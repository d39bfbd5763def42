package dev.cadenza.app;

import dev.cadenza.answer.Admission;
import dev.cadenza.answer.Answerer;
import dev.cadenza.answer.AnswerCache;
import dev.cadenza.answer.AskService;
import dev.cadenza.retrieve.DefinitionRetriever;
import dev.cadenza.answer.FallbackAnswerer;
import dev.cadenza.question.FollowUps;
import dev.cadenza.answer.GroundedComposer;
import dev.cadenza.retrieve.HybridSearch;
import dev.cadenza.answer.LevelledComposer;
import dev.cadenza.retrieve.LibraryWords;
import dev.cadenza.retrieve.Passage;
import dev.cadenza.retrieve.SentenceVectorSource;
import dev.cadenza.corpus.Chunker;
import dev.cadenza.corpus.DocumentStore;
import dev.cadenza.corpus.FileDocumentStore;
import dev.cadenza.corpus.FolderDrafts;
import dev.cadenza.corpus.Library;
import dev.cadenza.embed.Embedders;
import dev.cadenza.index.Bm25Retriever;
import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.DocumentSync;
import dev.cadenza.index.IndexFollower;
import dev.cadenza.index.Progress;
import dev.cadenza.index.Retriever;
import dev.cadenza.index.SyncReport;
import dev.cadenza.index.VectorRetriever;
import dev.cadenza.llm.OpenAiAnswerer;
import dev.cadenza.learners.Exercises;
import dev.cadenza.learners.JdbcLearnerRepository;
import dev.cadenza.learners.Practice;
import dev.cadenza.replica.PostgresDocumentStore;
import dev.cadenza.replica.SqlConversations;
import dev.cadenza.store.Database;
import dev.cadenza.store.Dialect;
import dev.cadenza.theory.qa.FollowUpSwap;
import dev.cadenza.theory.qa.TheoryQa;
import dev.cadenza.theory.verify.Verifier;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The wired application: index, retrieval and answering over one configuration. CLI and web share it. */
public final class Cadenza implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(Cadenza.class);
  /** Practice items are drawn from this seed, so a replayed session draws the same items. */
  private static final long PRACTICE_SEED = 17L;

  private final CadenzaConfig config;
  private final ChunkIndex index;
  private final DocumentStore documents;
  private final DocumentSync sync;
  private final IndexFollower follower;
  private final Curator curator;
  private final HybridSearch search;
  private final TheoryQa theory;
  private final String backend;
  private final AskService ask;
  private final MidiFeedback midi;
  /** Opened on first use, so commands that keep no state create no database file. */
  private Database database;
  private Practice practice;
  /** The model server's client when one is configured, else null (the embedded composer answers). */
  private final OpenAiAnswerer modelServer;
  /** The embedding model when Cadenza created it (and so closes it); null when the caller passed one in. */
  private final AutoCloseable ownedEmbedder;
  private final EmbeddingModel embedder;

  private Cadenza(CadenzaConfig config, ChunkIndex index, TheoryQa theory, Answerer answerer, OpenAiAnswerer modelServer,
      EmbeddingModel embedder, AutoCloseable ownedEmbedder) {
    this.config = config;
    this.embedder = embedder;
    this.modelServer = modelServer;
    this.ownedEmbedder = ownedEmbedder;
    this.index = index;
    this.documents = documentStore();
    this.sync = new DocumentSync(index, new Chunker());
    this.follower = new IndexFollower(index, sync, documents);
    this.curator = new Curator(documents, follower, index, sync, publishOverrides());
    VectorRetriever vectors = new VectorRetriever(index);
    DefinitionRetriever definitions = new DefinitionRetriever(index, vectors);
    this.search = new HybridSearch(retrievers(index, vectors, definitions), SentenceVectorSource.of(index, vectors));
    this.theory = theory;
    this.backend = answerer.name();
    this.ask = new AskService(search, theory, new Verifier(), answerer,
        new Admission(config.maxRunningAnswers(), config.maxWaitingAnswers()), new MusicTasks(), followUps(definitions),
        // The embedded composer answers a question the same way until the library changes; a model need not.
        modelServer == null ? new AnswerCache(AnswerCache.DEFAULT_CAPACITY, index::generation) : AnswerCache.NONE);
    this.midi = new MidiFeedback(search, ask);
  }

  /**
   * Opens Cadenza with the all-MiniLM-L6-v2 embedding model (shipped in a jar, no download), batched and
   * with recent questions cached, and the answerer the configuration names.
   */
  public static Cadenza open(CadenzaConfig config) {
    return open(config, Embedders.Model.ALL_MINILM_L6_V2);
  }

  /** Opens Cadenza with one of the embedding models shipped in a jar ({@code CADENZA_EMBEDDING}). */
  public static Cadenza open(CadenzaConfig config, Embedders.Model model) {
    var embedder = Embedders.of(model);
    return open(config, embedder, embedder);
  }

  /** Opens Cadenza with the caller's embedding model, which the caller closes. */
  public static Cadenza open(CadenzaConfig config, EmbeddingModel embedder) {
    return open(config, embedder, null);
  }

  private static Cadenza open(CadenzaConfig config, EmbeddingModel embedder, AutoCloseable ownedEmbedder) {
    ChunkIndex index = ChunkIndex.open(config.indexDir(), embedder);
    OpenAiAnswerer modelServer = config.llm() == null ? null : OpenAiAnswerer.create(config.llm());
    LevelledComposer composer = new LevelledComposer(new GroundedComposer(GroundedComposer.Options.DEFAULT,
        new LibraryWords(index)));
    Answerer answerer = modelServer == null ? composer : new FallbackAnswerer(modelServer, composer);
    LOG.info("answering with {}", answerer.name());
    return new Cadenza(config, index, theoryQa(), answerer, modelServer, embedder, ownedEmbedder);
  }

  /** BM25 and passage vectors, and the passages that define what a definition question asks about. */
  private static Map<String, Retriever> retrievers(ChunkIndex index, VectorRetriever vectors,
      DefinitionRetriever definitions) {
    Map<String, Retriever> retrievers = new LinkedHashMap<>();
    retrievers.put(Passage.BM25, new Bm25Retriever(index));
    retrievers.put(Passage.VECTOR, vectors);
    retrievers.put(DefinitionRetriever.NAME, definitions);
    return retrievers;
  }

  /** The theory engine's question answering: typed queries read from the question, run on the engine. */
  public static TheoryQa theoryQa() {
    return new TheoryQa();
  }

  /** The learner and curation database ({@link CadenzaConfig#database()}), opened and migrated on first use. */
  public synchronized Database database() {
    if (database == null) {
      database = Database.open(config.database());
    }
    return database;
  }

  /**
   * Uploads as files under the data folder by default; in PostgreSQL when {@code CADENZA_DB_URL} names it, shared
   * by every instance on that database (replicas), each following the others' changes.
   */
  private DocumentStore documentStore() {
    if (sharesDatabase()) {
      return new PostgresDocumentStore(database(), Library.shippedOnly(config.corpusDir()), Clock.systemUTC());
    }
    return new FileDocumentStore(new Library(config.corpusDir(), config.dataDir().resolve("documents")),
        new FolderDrafts(config.dataDir().resolve("drafts")));
  }

  /** Published-anyway records beside the uploads: a file in the data folder, or the shared database. */
  private PublishOverrides publishOverrides() {
    return sharesDatabase() ? new SqlPublishOverrides(database(), Clock.systemUTC())
        : new FilePublishOverrides(config.dataDir().resolve("published-anyway.jsonl"), Clock.systemUTC());
  }

  /**
   * Whether this instance shares its database with replicas (PostgreSQL): documents, publish overrides and
   * conversations then live there instead of in this instance's files and memory.
   */
  private boolean sharesDatabase() {
    return config.database().dialect() == Dialect.POSTGRESQL;
  }

  /** Follow-ups remembered in this process by default; in the shared database, so any replica continues them. */
  private FollowUps followUps(FollowUps.Library library) {
    FollowUps.Swap swap = FollowUpSwap::swapped;
    return sharesDatabase() ? new FollowUps(new SqlConversations(database(), Clock.systemUTC()), library, swap)
        : new FollowUps(FollowUps.DEFAULT_MAX_CONVERSATIONS, library, swap);
  }

  /** Adaptive practice over the database, citing the library; created on first use. */
  public synchronized Practice practice() {
    if (practice == null) {
      practice = new Practice(new JdbcLearnerRepository(database()), new Exercises(), new LibrarySources(search),
          Clock.systemUTC(), PRACTICE_SEED);
    }
    return practice;
  }

  /**
   * Brings the index in line with the library: embeds new and changed documents, drops removed ones; then follows
   * the changes other instances make, when the documents are shared.
   */
  public SyncReport syncCorpus(Progress progress) {
    SyncReport report = follower.syncAll(progress);
    follower.start();
    LOG.info("index in sync with {}: {} added, {} updated, {} unchanged, {} removed, {} chunks embedded",
        config.corpusDir(), report.added().size(), report.updated().size(), report.unchanged(),
        report.removed().size(), report.chunksEmbedded());
    return report;
  }

  /** Deletes every chunk and indexes the corpus from scratch. */
  public SyncReport rebuild(Progress progress) {
    sync.sync(List.of(), Progress.NONE);
    return syncCorpus(progress);
  }

  public CadenzaConfig config() {
    return config;
  }

  public ChunkIndex index() {
    return index;
  }

  /** When each document's file last changed, by document id. */
  public java.util.Map<String, java.time.Instant> documentChanges() {
    return documents.lastChanged();
  }

  public Curator curator() {
    return curator;
  }

  /** The embedding model the index was built with, for anything that compares questions by meaning. */
  public EmbeddingModel embedder() {
    return embedder;
  }

  public HybridSearch search() {
    return search;
  }

  /** The configured generation backend, e.g. "embedded" or "openai:cadenza-llama2". */
  public String backend() {
    return backend;
  }

  /** The model server's client, when one is configured. */
  public Optional<OpenAiAnswerer> modelServer() {
    return Optional.ofNullable(modelServer);
  }

  public TheoryQa theory() {
    return theory;
  }

  public MidiFeedback midi() {
    return midi;
  }

  public AskService ask() {
    return ask;
  }

  @Override
  public void close() throws IOException {
    ask.admission().close();
    follower.close();
    documents.close();
    index.close();
    synchronized (this) {
      if (database != null) {
        database.close();
      }
    }
    if (ownedEmbedder != null) {
      try {
        ownedEmbedder.close();
      } catch (Exception e) {
        throw new IOException("cannot close the embedding model", e);
      }
    }
  }
}
