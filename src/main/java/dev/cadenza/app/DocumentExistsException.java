package dev.cadenza.app;

/** A new document was uploaded under an id that is already indexed; replacing it takes an explicit update. */
public final class DocumentExistsException extends RuntimeException {

  public DocumentExistsException(String id) {
    super("document " + id + " already exists; replace it with PUT /api/documents/" + id);
  }
}
