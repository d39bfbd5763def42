package dev.cadenza.answer;

/**
 * An answerer could not answer because its backend failed: unreachable, too slow, an HTTP error,
 * a malformed reply. The message is a short reason fit for users ("timeout after 30 s"); the cause
 * keeps the details for the log.
 */
public class AnswererUnavailableException extends RuntimeException {

  public AnswererUnavailableException(String reason) {
    super(reason);
  }

  public AnswererUnavailableException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** The short reason, e.g. "HTTP 503 from model server". */
  public String reason() {
    return getMessage();
  }
}
