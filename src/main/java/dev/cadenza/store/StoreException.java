package dev.cadenza.store;

/** A database operation failed; the message says which one and the cause keeps the driver's detail. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
