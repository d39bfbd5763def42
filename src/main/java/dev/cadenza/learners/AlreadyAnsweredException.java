package dev.cadenza.learners;

/** An answer to an item that was already answered: a replay, refused without changing anything. */
public final class AlreadyAnsweredException extends RuntimeException {
  public AlreadyAnsweredException(String itemId) {
    super("item " + itemId + " was already answered; ask for the next item");
  }
}
