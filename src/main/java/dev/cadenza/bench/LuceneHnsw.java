package dev.cadenza.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * A vector-only Lucene index (one document per vector: the HNSW field and the item number) built
 * with given {@link HnswSettings}. Search asks HNSW for {@code k × fanOut} candidates, Lucene's
 * search-time beam, and keeps the best {@code k}. It uses the same field type and similarity as
 * Cadenza's chunk index, so only the build settings differ.
 */
public final class LuceneHnsw implements NearestNeighbours, Closeable {

  private static final String VECTOR = "vector";
  private static final String ITEM = "item";

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int[][] itemOfDoc;
  private final long buildNanos;
  private int fanOut = 1;

  private LuceneHnsw(FSDirectory directory, long buildNanos) throws IOException {
    this.directory = directory;
    this.buildNanos = buildNanos;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.itemOfDoc = new int[reader.leaves().size()][];
    for (LeafReaderContext leaf : reader.leaves()) {
      int[] items = new int[leaf.reader().maxDoc()];
      NumericDocValues values = leaf.reader().getNumericDocValues(ITEM);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        items[doc] = (int) values.longValue();
      }
      itemOfDoc[leaf.ord] = items;
    }
  }

  /** Builds the index of {@code vectors} in the empty folder {@code dir}, timing everything from open to final commit. */
  public static LuceneHnsw build(Path dir, float[][] vectors, HnswSettings settings) {
    ExecutorService mergePool = settings.mergeWorkers() > 1 ? NamedThreads.fixedPool("hnsw-merge", settings.mergeWorkers()) : null;
    ExecutorService indexPool = NamedThreads.fixedPool("hnsw-index", settings.indexThreads());
    try {
      Files.createDirectories(dir);
      FSDirectory directory = FSDirectory.open(dir);
      long start = System.nanoTime();
      IndexWriterConfig config = new IndexWriterConfig()
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(settings.ramBufferMb())
          .setCodec(codec(settings, mergePool));
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        List<Future<?>> adders = new ArrayList<>();
        int threads = settings.indexThreads();
        for (int t = 0; t < threads; t++) {
          int first = t;
          adders.add(indexPool.submit(() -> {
            for (int i = first; i < vectors.length; i += threads) {
              Document doc = new Document();
              doc.add(new KnnFloatVectorField(VECTOR, vectors[i], VectorSimilarityFunction.COSINE));
              doc.add(new NumericDocValuesField(ITEM, i));
              writer.addDocument(doc);
            }
            return null;
          }));
        }
        for (Future<?> adder : adders) {
          adder.get();
        }
        if (settings.forceMerge()) {
          writer.forceMerge(1);
        }
        writer.commit();
      }
      return new LuceneHnsw(directory, System.nanoTime() - start);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build HNSW index in " + dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the HNSW index", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("adding vectors failed", e.getCause());
    } finally {
      indexPool.shutdownNow();
      if (mergePool != null) mergePool.shutdownNow();
    }
  }

  static Codec codec(HnswSettings s, ExecutorService mergePool) {
    KnnVectorsFormat format = switch (s.quantization()) {
      case NONE -> mergePool == null
          ? new Lucene99HnswVectorsFormat(s.maxConn(), s.beamWidth())
          : new Lucene99HnswVectorsFormat(s.maxConn(), s.beamWidth(), s.mergeWorkers(), mergePool);
      case INT8 -> quantized(ScalarEncoding.UNSIGNED_BYTE, s, mergePool);
      case INT7 -> quantized(ScalarEncoding.SEVEN_BIT, s, mergePool);
      case INT4 -> quantized(ScalarEncoding.PACKED_NIBBLE, s, mergePool);
    };
    return new Lucene104Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return format;
      }
    };
  }

  private static KnnVectorsFormat quantized(ScalarEncoding encoding, HnswSettings s, ExecutorService mergePool) {
    return new Lucene104HnswScalarQuantizedVectorsFormat(encoding, s.maxConn(), s.beamWidth(), s.mergeWorkers(), mergePool);
  }

  /** Candidates asked of HNSW per result wanted; 1 asks for exactly k. */
  public LuceneHnsw withFanOut(int fanOut) {
    if (fanOut < 1) throw new IllegalArgumentException("illegal fan-out: " + fanOut + ", must be >= 1");
    this.fanOut = fanOut;
    return this;
  }

  @Override
  public int[] search(float[] query, int k) {
    try {
      TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, query, k * fanOut), k);
      int[] items = new int[top.scoreDocs.length];
      for (int i = 0; i < items.length; i++) {
        ScoreDoc hit = top.scoreDocs[i];
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(hit.doc, reader.leaves()));
        items[i] = itemOfDoc[leaf.ord][hit.doc - leaf.docBase];
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException("HNSW search failed", e);
    }
  }

  public double buildSeconds() {
    return buildNanos / 1e9;
  }

  public int segments() {
    return reader.leaves().size();
  }

  /** Bytes of all index files. */
  public long diskBytes() {
    return Folders.size(directory.getDirectory());
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
