package dev.cadenza.learners;

/** An answer that cannot be read as an answer to the item (not a note, not an interval): the item stays open. */
public final class MalformedAnswerException extends IllegalArgumentException {
  public MalformedAnswerException(String message) {
    super(message);
  }
}
