package dev.cadenza.answer;

/** The answer pipeline is full; the client should retry after {@link #retryAfterSeconds()}. */
public final class OverloadedException extends RuntimeException {

  private final int retryAfterSeconds;

  public OverloadedException(int retryAfterSeconds) {
    super("Cadenza is answering as many questions as it can; please retry in " + retryAfterSeconds + " s");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
