package dev.cadenza.index;

import java.util.List;

/** A document as the index knows it: metadata from its chunks and how many chunks it has. */
public record IndexedDocument(
    String id, String title, String topic, String level, List<String> tags, int chunks, String contentHash) {}
