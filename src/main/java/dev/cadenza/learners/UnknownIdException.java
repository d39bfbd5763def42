package dev.cadenza.learners;

/** A learner or item id that does not exist, or that belongs to another learner: both read as "not found". */
public final class UnknownIdException extends RuntimeException {
  public UnknownIdException(String message) {
    super(message);
  }
}
