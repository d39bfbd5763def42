package dev.cadenza.retrieve;

import dev.cadenza.index.ChunkIndex;
import dev.cadenza.index.StoredChunk;
import dev.cadenza.index.VectorRetriever;
import java.util.List;

/** Reads the sentence vectors stored with retrieved chunks and pairs them with the question's vector. */
public interface SentenceVectorSource {

  /** No vectors: passages keep {@link SentenceMeaning#NONE}. */
  SentenceVectorSource NONE = (question, chunks) -> chunks.stream().map(c -> SentenceMeaning.NONE).toList();

  /** One meaning per chunk, in order. */
  List<SentenceMeaning> meanings(String question, List<StoredChunk> chunks);

  /**
   * The index's stored vectors; the question is embedded by the retriever's model, whose cache has it from the
   * vector search just run, so the question costs no second model call.
   */
  static SentenceVectorSource of(ChunkIndex index, VectorRetriever vectors) {
    return (question, chunks) -> {
      float[] q = vectors.embed(question);
      return chunks.stream().map(c -> new SentenceMeaning(q, index.sentenceVectors(c.chunkId()))).toList();
    };
  }
}
