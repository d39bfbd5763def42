package dev.cadenza.index;

/** A chunk as stored in the index: what retrieval returns and answers cite. */
public record StoredChunk(
    String chunkId, String docId, String title, String heading, String text, String level, String topic, int position) {}
