package dev.cadenza.index;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

/** Stored chunks as langchain4j text segments, with the citation fields as metadata. */
public final class Segments {
  private Segments() {}

  public static TextSegment of(StoredChunk chunk) {
    Metadata metadata = new Metadata()
        .put(Fields.CHUNK_ID, chunk.chunkId())
        .put(Fields.DOC_ID, chunk.docId())
        .put(Fields.TITLE, chunk.title())
        .put(Fields.HEADING, chunk.heading())
        .put(Fields.LEVEL, chunk.level())
        .put(Fields.TOPIC, chunk.topic());
    return TextSegment.from(chunk.text(), metadata);
  }
}
