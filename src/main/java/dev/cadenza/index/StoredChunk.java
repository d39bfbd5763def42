package dev.cadenza.index;

/** A chunk as stored in the index: what retrieval returns and answers cite. */
public record StoredChunk(
    String chunkId, String docId, String title, String heading, String text, String level, String topic, int position) {

  /** Its title, heading and text as one string: every word the chunk shows a reader. */
  public String allText() {
    return title + " " + heading + " " + text;
  }
}
