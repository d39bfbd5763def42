package dev.cadenza.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One theory document: metadata from its front matter and its body text (Markdown or plain).
 *
 * @param id stable id, the path below the corpus folder without extension ("harmony/cadences")
 * @param contentHash SHA-256 of the whole source text, so unchanged documents are not re-embedded
 */
public record Document(
    String id,
    String title,
    String topic,
    Level level,
    List<String> tags,
    List<String> sources,
    String body,
    String contentHash) {

  public Document {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("document " + id + " has no title");
    }
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("document " + id + " has no text");
    }
    topic = topic == null || topic.isBlank() ? "general" : topic;
    level = level == null ? Level.INTERMEDIATE : level;
    tags = List.copyOf(tags == null ? List.of() : tags);
    sources = List.copyOf(sources == null ? List.of() : sources);
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
