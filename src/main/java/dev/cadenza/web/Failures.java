package dev.cadenza.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.nio.charset.CharacterCodingException;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The edge's one policy for failures: every Throwable a handler raises becomes a status and a JSON {@code {"error"}}
 * body, never an empty 500 or a stack trace; messages echoed to the client are capped; each failure is one log line.
 */
final class Failures {

  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  /** Longest message (and so longest echoed user value) a client gets back. */
  static final int MAX_MESSAGE_CHARS = 300;

  /** An {@link Error} a handler raised (a stack overflow, memory exhausted), carried to the exception mapping. */
  static final class HandlerError extends RuntimeException {
    HandlerError(Error cause) {
      super(cause.toString(), cause);
    }

    boolean outOfMemory() {
      return getCause() instanceof OutOfMemoryError;
    }
  }

  private Failures() {}

  /** Runs {@code handler}, turning an Error into a {@link HandlerError} that the exception mapping sees. */
  static Handler guarded(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (StackOverflowError | OutOfMemoryError e) {
        throw new HandlerError(e);
      } catch (VirtualMachineError e) {
        throw e; // an internal JVM error: nothing sensible is left to answer with
      } catch (Error e) {
        throw new HandlerError(e);
      }
    };
  }

  /** {@code message} cut to {@link #MAX_MESSAGE_CHARS}, so a megabyte of input is never echoed back. */
  static String capped(String message) {
    if (message == null || message.isBlank()) {
      return "bad request";
    }
    return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "… (cut)";
  }

  /** Maps anything not mapped more precisely: client errors found in the cause chain, else a 500 or 503. */
  static void unexpected(Exception e, Context ctx) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadMessageException bad) {
        int code = bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : HttpStatus.BAD_REQUEST.getCode();
        ctx.status(code).json(new ApiError(capped("malformed request: " + bad.getReason())));
        return;
      }
      if (cause instanceof CharacterCodingException) {
        ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError("request is not valid UTF-8"));
        return;
      }
    }
    boolean memory = e instanceof HandlerError error && error.outOfMemory();
    LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), describe(e));
    LOG.debug("{} {} failure trace", ctx.method(), ctx.path(), e);
    if (memory) {
      ctx.header("Retry-After", "5");
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError("the server is short of memory; try again shortly"));
    } else {
      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new ApiError("internal error; the server log has details"));
    }
  }

  /** One line: the exception, its root cause and the innermost Cadenza frame, instead of a thousand-line trace. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String where = "";
    for (StackTraceElement frame : root.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.cadenza.")) {
        where = " at " + frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
        break;
      }
    }
    String text = root == e ? e.toString() : e.getClass().getSimpleName() + " caused by " + root;
    return capped(text) + where;
  }
}
