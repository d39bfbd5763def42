package dev.cadenza.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Why a call to the model server failed, in a few words for users, and what the client does about
 * it: retry (connection failures, HTTP 5xx, HTTP 429) and count it against the server for the
 * circuit breaker (everything but a 4xx other than 429 and an empty answer, where the server is
 * evidently up).
 */
record ModelFailure(String reason, boolean retriable, boolean serverDown) {

  static final String UNREACHABLE = "model server unreachable";
  static final String MALFORMED = "malformed response";
  static final String EMPTY = "empty response";
  static final String CIRCUIT_OPEN = "model server unavailable (circuit open)";

  /** The model answered with no text at all. */
  static final class EmptyResponseException extends RuntimeException {
    EmptyResponseException(String detail) {
      super(detail);
    }
  }

  /** The reply is not a chat completion (a stream with no completion chunk, for instance). */
  static final class MalformedResponseException extends RuntimeException {
    MalformedResponseException(String detail) {
      super(detail);
    }
  }

  /** The streamed answer went quiet for longer than the timeout. */
  static final class StreamStalledException extends RuntimeException {
    StreamStalledException(Duration timeout) {
      super("no token for " + timeout);
    }
  }

  static ModelFailure timeout(Duration timeout) {
    return new ModelFailure("timeout after " + describe(timeout), false, true);
  }

  /** Classifies whatever the langchain4j client threw, looking through its causes. */
  static ModelFailure of(Throwable error, Duration timeout) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpException http) {
        int status = http.statusCode();
        boolean serverSide = status >= 500 || status == 429;
        return new ModelFailure("HTTP " + status + " from model server", serverSide, serverSide);
      }
      if (t instanceof EmptyResponseException) {
        return new ModelFailure(EMPTY, false, false);
      }
      if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
          || t instanceof UnresolvedAddressException || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException || t instanceof UnresolvedModelServerException) {
        return new ModelFailure(UNREACHABLE, true, true);
      }
      if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
          || t instanceof dev.langchain4j.exception.TimeoutException
          || t instanceof java.util.concurrent.TimeoutException || t instanceof StreamStalledException) {
        return timeout(timeout);
      }
      if (t instanceof com.fasterxml.jackson.core.JacksonException || t instanceof MalformedResponseException) {
        return new ModelFailure(MALFORMED, false, true);
      }
    }
    // A connection that broke without one of the exceptions above (reset, closed early).
    if (rootCause(error) instanceof IOException) {
      return new ModelFailure(UNREACHABLE, true, true);
    }
    return new ModelFailure(MALFORMED, false, true);
  }

  /** "30 s" for whole seconds, "250 ms" otherwise. */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static Throwable rootCause(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
