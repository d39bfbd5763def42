package dev.cadenza.index;

/** The Lucene field names of a chunk document; nothing else spells them. */
public final class Fields {
  /** Stored, indexed keyword and sorted doc values: the chunk id, also the tie-breaker of every search. */
  public static final String CHUNK_ID = "chunk_id";
  /** Stored keyword: the document id, used to replace or delete all chunks of a document at once. */
  public static final String DOC_ID = "doc_id";
  /** Stored: SHA-256 of the document's source, to skip re-embedding unchanged documents. */
  public static final String DOC_HASH = "doc_hash";
  /** Stored: the document title. */
  public static final String TITLE = "title";
  /** Stored: the heading path joined with " > ". */
  public static final String HEADING = "heading";
  /** Indexed with English analysis: title and headings, boosted in BM25. */
  public static final String HEADING_TEXT = "heading_text";
  /** Indexed with English analysis and stored: the passage text. */
  public static final String TEXT = "text";
  /** Stored keyword: beginner, intermediate or advanced; a filter. */
  public static final String LEVEL = "level";
  /** Stored keyword: the topic, a filter. */
  public static final String TOPIC = "topic";
  /** Stored, one value per tag: the document's tags. */
  public static final String TAGS = "tags";
  /** Stored: the chunk's position in its document. */
  public static final String POSITION = "position";
  /** HNSW vector of the passage embedding, cosine similarity. */
  public static final String VECTOR = "vector";
  /** Stored, one value per sentence in order: the chunk's sentences that have a vector in {@link #SENTENCE_VECTORS}. */
  public static final String SENTENCE = "sentence";
  /** Stored bytes: the embeddings of the {@link #SENTENCE} values, end to end, little-endian floats. */
  public static final String SENTENCE_VECTORS = "sentence_vectors";

  /** Commit user-data key naming the embedding model, so an index built by another model is rebuilt. */
  static final String COMMIT_EMBEDDER = "embedder";
  /**
   * Appended to the model's name in {@link #COMMIT_EMBEDDER}: an index written before sentences had vectors, or before
   * a sentence kept its closing quote, or before a quoted abbreviation ('"Cad. 6/4"') stayed in its sentence, is rebuilt
   * (sentence vectors are stored under the sentence's text).
   */
  static final String FORMAT = "+sentence-spans-3";

  private Fields() {}
}
