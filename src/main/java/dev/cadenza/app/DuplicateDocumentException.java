package dev.cadenza.app;

/** The same content is already indexed under another id; it is reported, never indexed twice. */
public final class DuplicateDocumentException extends RuntimeException {
  private final String existingId;

  public DuplicateDocumentException(String existingId) {
    super("the same content is already indexed as " + existingId);
    this.existingId = existingId;
  }

  public String existingId() {
    return existingId;
  }
}
