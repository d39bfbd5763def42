package dev.cadenza.web;

/** The body of every error response: one sentence a client can show. */
public record ApiError(String error) {

  /** The body of a 400 for text that could not be read: where reading stopped, both 1-based. */
  public record AtPosition(String error, int line, int column) {}
}
