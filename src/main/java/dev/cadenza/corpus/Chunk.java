package dev.cadenza.corpus;

import java.util.List;

/**
 * A retrievable passage of a document: one section, or part of a long one.
 *
 * @param id stable id: document id + "#" + position, e.g. "harmony/cadences#3"
 * @param headingPath the section headings above the passage, outermost first
 */
public record Chunk(String id, Document document, int position, List<String> headingPath, String text) {

  public Chunk {
    headingPath = List.copyOf(headingPath);
  }

  public static String idOf(String documentId, int position) {
    return documentId + "#" + position;
  }

  /** The heading path joined for display, e.g. "Cadences > Half cadence". */
  public String heading() {
    return String.join(" > ", headingPath);
  }

  /** The text given to the embedding model: title and headings give a short passage its context. */
  public String embeddingText() {
    return document.title() + (headingPath.isEmpty() ? "" : " — " + heading()) + "\n" + text;
  }
}
