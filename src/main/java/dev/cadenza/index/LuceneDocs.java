package dev.cadenza.index;

import dev.cadenza.corpus.Chunk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Converts chunks to Lucene documents and stored fields back to {@link StoredChunk}s. */
final class LuceneDocs {

  private LuceneDocs() {}

  static Document toLucene(Chunk chunk, float[] vector, Map<String, float[]> sentenceVectors) {
    var source = chunk.document();
    Document doc = new Document();
    doc.add(new StringField(Fields.CHUNK_ID, chunk.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.CHUNK_ID, new BytesRef(chunk.id())));
    doc.add(new StringField(Fields.DOC_ID, source.id(), Field.Store.YES));
    doc.add(new StoredField(Fields.DOC_HASH, source.contentHash()));
    doc.add(new StoredField(Fields.TITLE, source.title()));
    doc.add(new StoredField(Fields.HEADING, chunk.heading()));
    doc.add(new TextField(Fields.HEADING_TEXT, source.title() + "\n" + chunk.heading(), Field.Store.NO));
    doc.add(new TextField(Fields.TEXT, chunk.text(), Field.Store.YES));
    doc.add(new StringField(Fields.LEVEL, source.level().label(), Field.Store.YES));
    doc.add(new StringField(Fields.TOPIC, source.topic(), Field.Store.YES));
    source.tags().forEach(tag -> doc.add(new StoredField(Fields.TAGS, tag)));
    doc.add(new StoredField(Fields.POSITION, chunk.position()));
    doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.COSINE));
    sentenceVectors.keySet().forEach(sentence -> doc.add(new StoredField(Fields.SENTENCE, sentence)));
    doc.add(new StoredField(Fields.SENTENCE_VECTORS, SentenceVectors.encode(List.copyOf(sentenceVectors.values()))));
    return doc;
  }

  /** The stored sentence vectors of a chunk document, by sentence text; immutable, as searches share it. */
  static Map<String, float[]> sentenceVectors(Document doc) {
    String[] sentences = doc.getValues(Fields.SENTENCE);
    BytesRef bytes = doc.getBinaryValue(Fields.SENTENCE_VECTORS);
    if (bytes == null) return Map.of();
    Map<String, float[]> vectors = new HashMap<>();
    List<float[]> decoded = SentenceVectors.decode(bytes.bytes, bytes.offset, bytes.length, sentences.length);
    for (int i = 0; i < sentences.length; i++) vectors.put(sentences[i], decoded.get(i));
    return Map.copyOf(vectors);
  }

  static StoredChunk fromLucene(Document doc) {
    return new StoredChunk(
        doc.get(Fields.CHUNK_ID),
        doc.get(Fields.DOC_ID),
        doc.get(Fields.TITLE),
        doc.get(Fields.HEADING),
        doc.get(Fields.TEXT),
        doc.get(Fields.LEVEL),
        doc.get(Fields.TOPIC),
        doc.getField(Fields.POSITION).numericValue().intValue());
  }
}
