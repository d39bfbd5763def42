package dev.cadenza.corpus;

/** A document that cannot be read or parsed; the message names the document and the problem. */
public class CorpusException extends RuntimeException {
  public CorpusException(String message) {
    super(message);
  }

  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
